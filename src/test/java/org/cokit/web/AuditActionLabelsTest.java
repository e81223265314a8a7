package org.cokit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import org.cokit.audit.AuditAction;
import org.junit.jupiter.api.Test;

/** Every action the log records has its own label, so the audit page never shows a bare id. */
class AuditActionLabelsTest {

    @Test
    void everyRecordedActionHasItsOwnLabel() {
        // a bundle whose every text is its method's name shows which text each action is given
        AuditMessages names = (AuditMessages) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AuditMessages.class}, (proxy, method, args) -> method.getName());
        for (String action : AuditAction.ALL) {
            assertEquals("action_" + action.replace('-', '_'), AuditPage.actionLabel(action, names), action);
        }
        assertEquals("some-future-action", AuditPage.actionLabel("some-future-action", names));
    }
}
