package org.roundtable.moderation;

import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/** Wording of the moderation queue, decided here rather than in the template. */
@TemplateExtension
public class QueueExtensions {

    /** What approving does to this item: an edit, a waiting post, or a flagged post that stays up. */
    static String approveLabel(QueueItem item, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ModerationMsg words = Messages.in(ModerationMsg.class, locale);
        if (item.isEditWaiting()) {
            return words.approveEdit();
        }
        return item.isPending() ? words.approve() : words.keepVisible();
    }

    /** Shown under an empty tab. */
    static String emptyHint(QueueItem.Tab tab, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return tab == QueueItem.Tab.WAITING ? Messages.in(ModerationMsg.class, locale).emptyWaiting() : "";
    }

    /** Tabs whose posts can be ticked and approved or hidden together. */
    static boolean selectable(QueueItem.Tab tab) {
        return tab == QueueItem.Tab.WAITING || tab == QueueItem.Tab.FLAGGED;
    }

    /** The waiting tab offers "Approve all" when something waits. */
    static boolean offersApproveAll(QueueItem.Tab tab, Long count) {
        return tab == QueueItem.Tab.WAITING && count != null && count > 0;
    }
}
