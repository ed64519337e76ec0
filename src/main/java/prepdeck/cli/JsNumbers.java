package prepdeck.cli;

import java.math.BigDecimal;

/**
 * Numbers written as JavaScript's {@code JSON.stringify} writes them ("1", "0.909493", "1e-7" for 0.0000001),
 * so our output can be compared byte for byte with the node oracles'.
 */
final class JsNumbers {
    private JsNumbers() {
    }

    static String format(double x) {
        if (!Double.isFinite(x)) return "null";
        if (x == 0) return "0";
        // Double.toString gives the shortest decimal that reads back as x (JDK 19+), as JavaScript does.
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        double abs = Math.abs(x);
        if (abs >= 1e-6 && abs < 1e21) return d.toPlainString();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
    }

    /** lib.mjs {@code round(x, n)}: Math.round(x * 10^n) / 10^n. */
    static double round(double x, int decimals) {
        double scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        return Math.round(x * scale) / scale;
    }
}
