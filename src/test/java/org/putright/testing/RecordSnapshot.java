package org.putright.testing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the API shows of some complaints: each complaint as served (summary, timeline, letters…),
 * and each of its letters as HTML and as the stored PDF's SHA-256. Two snapshots taken of the same
 * record on two databases (before and after a backup is restored, say) must be equal.
 */
public record RecordSnapshot(Map<String, String> complaints, Map<String, String> letters) {

    public static RecordSnapshot of(Api admin, List<String> references) {
        Map<String, String> complaints = new LinkedHashMap<>();
        Map<String, String> letters = new LinkedHashMap<>();
        for (String reference : references) {
            Api.Response complaint = admin.get("/api/v1/complaints/" + reference);
            if (complaint.status() != 200) {
                throw new AssertionError(reference + ": " + complaint);
            }
            complaints.put(reference, complaint.body());
            for (JsonNode letter : complaint.json().get("letters")) {
                String href = letter.get("href").asString();
                Api.Binary pdf = admin.header("Accept", "application/pdf").download(href);
                Api.Binary html = admin.header("Accept", "text/html").download(href);
                if (pdf.status() != 200 || html.status() != 200) {
                    throw new AssertionError(href + ": " + pdf + " / " + html);
                }
                letters.put(href + " (pdf sha-256)", sha256(pdf.bytes()));
                letters.put(href + " (html)", new String(html.bytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new RecordSnapshot(complaints, letters);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
