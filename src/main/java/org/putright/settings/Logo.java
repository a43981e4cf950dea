package org.putright.settings;

/** The landlord's logo as letters show it: a PNG or JPEG image. */
public record Logo(byte[] content, String contentType) {

    public static final int MAXIMUM_BYTES = 512 * 1024;

    public Logo {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The image type these bytes are, by their signature; null when neither PNG nor JPEG. */
    public static @org.jspecify.annotations.Nullable String recognise(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo
                && java.util.Arrays.equals(content, logo.content)
                && contentType.equals(logo.contentType);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(content) + contentType.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + contentType + ", " + content.length + " bytes]";
    }
}
