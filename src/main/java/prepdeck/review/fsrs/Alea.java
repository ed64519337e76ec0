package prepdeck.review.fsrs;

/**
 * Johannes Baagøe's Alea generator, seeded from a string, which ts-fsrs 5.4.2 uses for fuzz.
 * Written from the published algorithm so that the same seed gives the same numbers as ts-fsrs.
 * One instance per seed; nothing is shared.
 */
final class Alea {
    private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

    private double c = 1;
    private double s0;
    private double s1;
    private double s2;

    Alea(String seed) {
        Mash mash = new Mash();
        s0 = mash.hash(" ");
        s1 = mash.hash(" ");
        s2 = mash.hash(" ");
        s0 -= mash.hash(seed);
        if (s0 < 0) s0 += 1;
        s1 -= mash.hash(seed);
        if (s1 < 0) s1 += 1;
        s2 -= mash.hash(seed);
        if (s2 < 0) s2 += 1;
    }

    /** The next number in [0, 1). */
    double next() {
        double t = 2091639 * s0 + c * TWO_POW_MINUS_32;
        s0 = s1;
        s1 = s2;
        c = (int) t; // t is in [0, 2^31): truncation is JavaScript's t | 0
        s2 = t - c;
        return s2;
    }

    /** Baagøe's Mash string hash; its running state carries over between calls, as the algorithm requires. */
    private static final class Mash {
        private double n = 0xefc8249dL;

        double hash(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = uint32(h);
                h -= n;
                h *= n;
                n = uint32(h);
                h -= n;
                n += h * 0x100000000L;
            }
            return uint32(n) * TWO_POW_MINUS_32;
        }

        // JavaScript's x >>> 0 for the non-negative values that occur here.
        private static double uint32(double x) {
            return (double) (((long) x) & 0xffffffffL);
        }
    }
}
