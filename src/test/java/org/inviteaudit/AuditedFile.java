package org.inviteaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.classify.TemplateCensus;
import org.inviteaudit.reader.Problem;
import org.inviteaudit.report.AuditScope;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.DirectionScope;
import org.inviteaudit.report.Listed;
import org.inviteaudit.report.ReportBuilder;
import org.inviteaudit.report.Selection;
import org.inviteaudit.source.Sources;

/**
 * The model of a file as the tool builds it: its invitations classified by the real {@link Audit}, both readings and
 * the template census included, in file order, and its problems. For tests that compare an output with the model.
 */
public record AuditedFile(List<ClassifiedInvitation> invitations, List<Problem> problems) {

    public static AuditedFile of(String file) throws Exception {
        List<ClassifiedInvitation> invitations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ReportBuilder builder = new ReportBuilder(new ReportBuilder.Options(AuditScope.of(DirectionScope.ALL),
                new Selection(true, Optional.empty()), Listed.Plan.NOT_KEPT, false), invitations::add);
        Audit audit = new Audit(new Classifier(), TemplateCensus.DEFAULT_MIN_RECIPIENTS, new Audit.Listener() {
            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }

            @Override
            public void notice(String notice) {
            }
        });
        audit.run(Sources.resolve(List.of(file), System.in), builder).close();
        return new AuditedFile(List.copyOf(invitations), List.copyOf(problems));
    }
}
