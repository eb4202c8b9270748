package org.jixiao.platform.xlsx;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.platform.problem.ProblemException;

/**
 * Receives an uploaded XLSX and reads one sheet of it against a template, refusing what a client could use
 * against the service:
 * <ul>
 * <li>a body above {@code jixiao.xlsx.max-bytes} (default 20 MB): 413, checked on the announced length and again
 * while the body is read (chunked bodies announce none);</li>
 * <li>a body that is not a ZIP package (an .xls, a CSV, random bytes), or a ZIP that is not a workbook: 422
 * "not a valid XLSX";</li>
 * <li>a zip bomb: a part that inflates more than {@code 1 / jixiao.xlsx.min-inflate-ratio} times its compressed
 * size (default 100×) or beyond {@code jixiao.xlsx.max-entry-bytes} (default 256 MB): 422 as well
 * (POI's {@link ZipSecureFile} checks while inflating, so the bomb is never expanded).</li>
 * </ul>
 * The body goes to a temporary file (a ZIP is read from its end), deleted when the read is over; the sheet is
 * read with SAX ({@link XlsxSheetReader}), never as a workbook object model.
 */
@ApplicationScoped
public class XlsxUploads {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final long maxBytes;

    public XlsxUploads(@ConfigProperty(name = "jixiao.xlsx.max-bytes", defaultValue = "20971520") long maxBytes,
                       @ConfigProperty(name = "jixiao.xlsx.max-entry-bytes", defaultValue = "268435456") long maxEntryBytes,
                       @ConfigProperty(name = "jixiao.xlsx.min-inflate-ratio", defaultValue = "0.01") double minInflateRatio) {
        this.maxBytes = maxBytes;
        // POI's limits are JVM-wide statics: every reader of the service shares them
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** What a sheet held: the records that fit the template, and every problem found (none when it is all good). */
    public record SheetContent(List<XlsxRecord> records, List<XlsxProblem> problems) {
    }

    /**
     * Reads the template's sheet from the body. 413 / 422 as described above; the template's own problems (header,
     * types, required cells) are returned, not thrown, so the caller can add its domain checks to the same list.
     *
     * @param announcedLength the Content-Length, or -1
     */
    public SheetContent read(InputStream body, long announcedLength, XlsxTemplate template) {
        if (announcedLength > maxBytes) {
            throw tooLarge(announcedLength + " bytes");
        }
        Path file = null;
        try {
            file = Files.createTempFile("jixiao-upload-", ".xlsx");
            receive(body, file);
            return read(file, template);
        } catch (IOException e) {
            if ("Request too large".equals(e.getMessage())) { // the server's own body cap cut a chunked body
                throw tooLarge("more than the server accepts");
            }
            throw new ProblemException(400, "Incomplete request", "the upload could not be read to its end; nothing was changed",
                    null);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    private void receive(InputStream body, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw notXlsx("the body is empty");
        }
    }

    private SheetContent read(Path file, XlsxTemplate template) throws IOException {
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(start, 0, 4);
            if (n < 4 || !Arrays.equals(start, ZIP_MAGIC)) {
                throw notXlsx(Arrays.equals(start, OLE2_MAGIC)
                        ? "it is an Excel 97-2003 (.xls) file; save it as an Excel workbook (.xlsx)"
                        : "an XLSX file is a ZIP package, and this body is not one");
            }
        }
        XlsxTemplate.Check check = template.check();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw notXlsx(reason(e, "the ZIP package is not an Office document"));
        }
        try {
            check.finish(XlsxSheetReader.read(pkg, template.sheetName(), check));
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw notXlsx(reason(e, "its parts cannot be read as a workbook"));
        } finally {
            pkg.revert(); // read-only: close without writing anything back
        }
        return new SheetContent(check.records(), check.problems());
    }

    /** A short reason naming a zip bomb as such; never POI's stack of messages. */
    private static String reason(Exception e, String otherwise) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max entry size")
                    || message.contains("MAX_ENTRY_SIZE") || message.contains("exceeds the max"))) {
                return "a compressed part expands far beyond its size (a zip bomb?); it was not expanded";
            }
        }
        return otherwise;
    }

    private ProblemException tooLarge(String size) {
        return new ProblemException(413, "Payload too large", "the workbook has " + size + "; at most " + maxBytes
                + " bytes are accepted (jixiao.xlsx.max-bytes); nothing was changed", null);
    }

    private static ProblemException notXlsx(String why) {
        return ProblemException.unprocessable("not a valid XLSX: " + why + "; nothing was changed", null);
    }
}
