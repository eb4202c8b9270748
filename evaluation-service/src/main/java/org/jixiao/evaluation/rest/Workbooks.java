package org.jixiao.evaluation.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxUploads;

/** A workbook as a download: the template filled with rows, named for the user's folder. */
final class Workbooks {
    private Workbooks() {
    }

    static Response download(XlsxTemplate template, List<? extends List<?>> rows, String fileName) {
        return Response.ok(template.toBytes(rows), XlsxUploads.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
