package org.jixiao.budget.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.LineBudget;

@Schema(description = "预算调整: positive amount 追加, negative 调减", example = """
        {"amount": -50000.00, "effectiveDate": "2021-09-15", "reason": "年中预算调整，压减一般性支出", "documentNo": "穗财预〔2021〕88号"}""")
public record AdjustmentRequest(
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotNull LocalDate effectiveDate,
        @NotBlank @Size(max = 500) String reason,
        @NotBlank @Size(max = 100) String documentNo) {

    LineBudget.Adjustment adjustment() {
        return new LineBudget.Adjustment(amount, effectiveDate, reason, documentNo);
    }
}
