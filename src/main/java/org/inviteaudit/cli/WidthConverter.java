package org.inviteaudit.cli;

import org.inviteaudit.render.RenderOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --width}: a number of columns, no fewer than the narrowest report. */
final class WidthConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int width = WholeNumber.parse(value, "a number of columns, " + RenderOptions.MIN_WIDTH + " or more");
        if (width < RenderOptions.MIN_WIDTH) {
            throw new TypeConversionException("--width must be " + RenderOptions.MIN_WIDTH
                    + " columns or more, not " + width + " (--wide prints lines of any length)");
        }
        return width;
    }
}
