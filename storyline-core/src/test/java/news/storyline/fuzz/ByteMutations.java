package news.storyline.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Blind byte-level damage, the kind a bad download, a disk or a careless tool does to a file. */
final class ByteMutations {
    private ByteMutations() {
    }

    static byte[] flipBytes(byte[] in, RandomGenerator random) {
        byte[] out = in.clone();
        if (out.length == 0) {
            return out;
        }
        int flips = 1 + random.nextInt(Math.min(32, Math.max(1, out.length / 16)));
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(out.length);
            out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        }
        return out;
    }

    static byte[] truncate(byte[] in, RandomGenerator random) {
        return Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
    }

    static byte[] insertRandomBytes(byte[] in, RandomGenerator random) {
        int insertions = 1 + random.nextInt(8);
        byte[] out = in;
        for (int i = 0; i < insertions; i++) {
            byte[] chunk = new byte[1 + random.nextInt(64)];
            random.nextBytes(chunk);
            out = insert(out, random.nextInt(out.length + 1), chunk);
        }
        return out;
    }

    /** A stretch copied a few times in place, as a scraper that loops or a bad merge leaves it. */
    static byte[] duplicateChunk(byte[] in, RandomGenerator random) {
        if (in.length == 0) {
            return in;
        }
        int start = random.nextInt(in.length);
        int length = 1 + random.nextInt(Math.min(in.length - start, 2_000));
        byte[] chunk = Arrays.copyOfRange(in, start, start + length);
        var out = new ByteArrayOutputStream();
        out.write(in, 0, start + length);
        int copies = 1 + random.nextInt(20);
        for (int i = 0; i < copies; i++) {
            out.writeBytes(chunk);
        }
        out.write(in, start + length, in.length - start - length);
        return out.toByteArray();
    }

    static byte[] insert(byte[] in, int at, byte[] chunk) {
        byte[] out = new byte[in.length + chunk.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(chunk, 0, out, at, chunk.length);
        System.arraycopy(in, at, out, at + chunk.length, in.length - at);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
