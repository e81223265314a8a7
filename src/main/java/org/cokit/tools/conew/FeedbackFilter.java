package org.cokit.tools.conew;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.tools.coserve.Channel;

/** Which annotations the feedback counts: through one link or channel, between two dates (both days included). */
public record FeedbackFilter(Long linkId, String channel, LocalDate from, LocalDate to) {

    public static final FeedbackFilter NONE = new FeedbackFilter(null, null, null, null);

    /** The filter from query parameters; bad ones are refused naming the parameter. */
    public static FeedbackFilter parse(String link, String channel, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Long linkId = null;
        if (link != null && !link.isBlank()) {
            try {
                linkId = Long.valueOf(link.trim());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("link", "not-a-number", "must be a link id"));
            }
        }
        String ch = channel == null || channel.isBlank() ? null : channel.trim();
        if (ch != null && Channel.fromId(ch).isEmpty()) {
            errors.add(FieldError.of("channel", "invalid-choice", "unknown channel; known: " + Channel.ids()));
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new FeedbackFilter(linkId, ch, fromDate, toDate);
    }

    boolean accepts(Annotation a) {
        return (linkId == null || linkId.equals(a.link.id))
                && (channel == null || channel.equals(a.link.channel))
                && (from == null || !a.createdAt.isBefore(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                && (to == null || a.createdAt.isBefore(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public boolean isEmpty() {
        return linkId == null && channel == null && from == null && to == null;
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "invalid-date", "must be a date yyyy-mm-dd"));
            return null;
        }
    }

}
