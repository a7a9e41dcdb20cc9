package org.inviteaudit.cli;

import org.inviteaudit.classify.TemplateCensus;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --template-min}: 0 (do not look for templates), or from 2 to {@link TemplateCensus#MAX_RECIPIENTS}. */
final class TemplateMinConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int min = WholeNumber.parse(value,
                "how many people a note must go to for it to be a template, or 0 not to look for templates");
        if (min != 0 && (min < 2 || min > TemplateCensus.MAX_RECIPIENTS)) {
            throw new TypeConversionException("--template-min must be 0 (off) or from 2 to "
                    + TemplateCensus.MAX_RECIPIENTS + ", not " + min + ": a template is a note sent to several people");
        }
        return min;
    }
}
