package org.jixiao.platform.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Workbooks a hostile or careless client could send, built from a valid one. */
final class XlsxTestFiles {
    private XlsxTestFiles() {
    }

    /**
     * The same package with the first worksheet padded by {@code padding} bytes of whitespace between its elements
     * (still valid XML): a few kilobytes compressed, megabytes inflated, like a zip bomb.
     */
    static byte[] inflated(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("xlsx-test-", ".zip");
        java.nio.file.Files.write(file, xlsx);
        // ZipFile, not ZipInputStream: SXSSF writes entries whose sizes follow their data
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[64 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return out.toByteArray();
    }
}
