package org.jixiao.budget.rest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.ExpenditureBatch;
import org.jixiao.platform.json.NumberText;

/** One payment of a batch as sent; fields are checked row by row so every bad row can be reported. */
@Schema(description = "A payment record (支出凭证); refunds are negative amounts")
public record ExpenditureInput(
        @Schema(description = "Voucher number, unique per department and fiscal year", example = "PZ-2021-12-0001") String voucherNo,
        @Schema(example = "P-2021-YW") String lineCode,
        @Schema(type = SchemaType.STRING, format = "date", example = "2021-12-20") String paidOn,
        @Schema(type = SchemaType.NUMBER, description = "Yuan, at most 2 decimals", example = "125000.00")
        @JsonDeserialize(using = NumberText.class) String amount,
        @Schema(example = "信息系统运维服务费（12月）") String description) {

    ExpenditureBatch.RawRow raw() {
        return new ExpenditureBatch.RawRow(voucherNo, lineCode, paidOn, amount, description);
    }
}
