<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the Moderator workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline-first review of marketplace listings. Photos are pre-screened on this computer with the models below; their licences apply to the model files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold on appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse on appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealColumn</name>
    <message>
        <source>The appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision under appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its statement of reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, received %2 ago · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the decision restricted nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the appellant if you uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the appellant if you reverse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealFlow</name>
    <message>
        <source>Reversing an approval removes the listing: choose at least one reason, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason codes are available to reverse this approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. The outcome is kept as confirmed; Enter sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded. Next appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the decision (then reasons, for an approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply to the appellant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the outcome (or send it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: leave the reasons or the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the appeal back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealScreen</name>
    <message>
        <source>Photo not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold   U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse   R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back   S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send   ↵</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasons, added to the reply (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeal could be claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons, when reversing an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal a blurred photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals are decided by a person, never by the moderator who took the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming the next appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeal is waiting for you.
Press Enter to look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 · decision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the appeal and the decision: U upholds it, R reverses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversing an approval removes the listing: choose the reasons (1–9), then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: M adds your reasons to the reply, Enter sends, Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the outcome…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealsPanel</name>
    <message>
        <source>Appeals and reversals on appeal, with the 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision reversed on appeal counts as an error in the error rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifiers flagged for manifestly unfounded notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, as given in the prior warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal rate: appeals filed against the group&apos;s decisions. Reversal rate: reversals among the appeals decided; with few decided appeals the interval is wide. Decisions taken on appeal are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifier is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: at least %1 manifestly unfounded notices in the last %2 days. A user&apos;s notices may be suspended for a time after a warning (Art. 23); trusted flaggers cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not lifted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting saved: the error rates are computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFlow</name>
    <message>
        <source>Blind decision: approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind decision: reject, then 1–9 and Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind decision: escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: agree with the moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: critical, major, minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the reveal: the correct decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the verdict and open the next sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sample back and open the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: leave the reasons or the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Y to agree or D to disagree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a severity: 1 critical, 2 major, 3 minor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This verdict contradicts the decisions: press Y or D again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blind decision is recorded: finish the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide first: the original decision is revealed after yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reason (1–9), then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration items cannot be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the correct decision: A, R or E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity applies to a disagreement: press D first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA samples, any queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: %1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample could be claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sample&apos;s lease ran out (%1); it was claimed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit recorded. Next sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming the next sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for review.
Press Enter to look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calibration set is done. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to claim a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 · queue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the moderator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the moderator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditShortcutSheet</name>
    <message>
        <source>Audit shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same keys as the review screen where the meaning is the same. V reveals a blurred photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditorsPanel</name>
    <message>
        <source>Auditors: volume, speed, findings and overturns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer agreement on calibration sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned: findings a lead overturned on dispute (the auditor was wrong). Changed after reveal: the correct decision differs from the auditor&apos;s own blind one. Agreement and Cohen&apos;s κ come from calibration sets answered in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auditor figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audits in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calibration answers in this range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BidiControl</name>
    <message>
        <source>Direction override: the text after it is displayed reversed, so what you read is not what is written (a trick to disguise file names, links and words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction embedding: an invisible character that reorders how the text after it is displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction isolate: an invisible character that reorders how the text after it is displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible direction control with nothing to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible direction mark inside a word: it splits the word for filters and can reorder letters.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CalibrationPanel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Counterfeits week 48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers (usernames), comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration sets (Enter: report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items, most disagreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs (Cohen&apos;s κ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calibration sets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set needs a name, at least one listing and at least two reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration set “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Fleiss&apos; κ %2 · agreement %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Animal welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyber violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyber violence against women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal or harmful speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civic discourse or elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified by the notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-consensual behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullying or intimidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scams and fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the platform&apos;s scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe or prohibited products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other breach of the terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterDesk</name>
    <message>
        <source>This listing is not part of a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing is no longer on your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and this cluster&apos;s members were not fetched yet: open it again when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster no longer exists: its listings were decided or it was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterReview</name>
    <message>
        <source>Every member is excluded or unavailable: there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may decide up to {limit} listings at once: exclude {over} more, or decide them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster can only be looked at here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reason: press its number, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to escalate: press its number, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queue has no reason codes to reject with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queue has no escalation target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member cannot be decided by you now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing was edited since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appeal against your own decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back: your exposure budget is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same messaging handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near-identical text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterScreen</name>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster of %1 listings from %2 sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at least %1% alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listings, %2 sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they belong together:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at this cluster but not decide it here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role may not decide clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role may decide clusters of up to %1 listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may decide up to %1 listings in one cluster decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (this listing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shared photo(s)</source>
        <translation>
            <numerusform>%n shared photo</numerusform>
            <numerusform>%n shared photos</numerusform>
        </translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to decide (%2 sellers) · %3 excluded · %4 unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listings from %2 sellers · look only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: the members are claimed when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may decide up to %1 listings at once: exclude %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of “%1”: %2 of %3 shared with other members; they show once the cluster is claimed for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of “%1”: %2 of %3 shared with other members (outlined; blurred until you open the listing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down move · %1 goes back to the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down move · X excludes or brings back · %1 approves the rest · %2 rejects with reasons · %3 escalates · %4 goes back to the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster decision was NOT recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster decision recorded: %1 for %2 listings. %3 undoes it while it waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused these decisions, usually because the lease expired or another moderator decided the item first. A listing that is still yours came back to your queue with a note; the others need nothing more. They are kept here for your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions the screen showed as recorded are kept in the local outbox and will be sent. A decision you were making at this moment may not have been saved: check that listing before moving on. The details below are also in the log file; copy them into a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this decision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>An approval takes no reason codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs at least one reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation needs a target queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an escalation has a target queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason code is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} is not allowed in the queue {queue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason code(s): {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code(s) not used in the queue {queue}: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue {queue} cannot escalate to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesPanel</name>
    <message>
        <source>Open: to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the moderator (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn: the moderator was right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned audits no longer count as errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open dispute first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute settled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Decisions behind the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureIndicator</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exposure %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on listings with nudity or violence flags, and flagged photos you revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is due: step away from the screen for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive listings last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift: %1 on sensitive listings (budget: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift: %1 flagged photos revealed (budget: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 on sensitive listings (budget: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 flagged photos revealed (budget: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exposure budget is spent: you get listings without sensitive flags first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive listings come only when nothing else is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exposure budget is spent. Take a break and tell your lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Includes %1 and %n photo(s) not yet sent to the server.</source>
        <translation>
            <numerusform>Includes %1 and %n photo not yet sent to the server.</numerusform>
            <numerusform>Includes %1 and %n photos not yet sent to the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s figures and your team&apos;s budgets are not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a break: step away from the screen for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are close to your exposure budget for this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached your exposure budget. Take a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on you get listings without sensitive flags while there are any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings with sensitive flags can come to you again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposurePanel</name>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure to sensitive content, per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive minutes: time on listings with nudity or violence flags while the moderator was at the desk. Photos: flagged photos they revealed. Shares are of the team&apos;s budgets. No photo is ever shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has reported any work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in a shift · %2 reminded or at a budget · %3 routed · updated %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exposure figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness settings saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>My feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your audited decisions, newest first. You can contest a disagreement until its deadline; a lead settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audited decisions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audited · %2 counted as errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auditor agreed: nothing to contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 by %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to contest has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest this audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was your decision right? A lead will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute opened; a lead will settle it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingField</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden text direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <source>Nudity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldenPanel</name>
    <message>
        <source>Golden items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected reason codes, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add golden item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing joins the queue like any other. Whoever decides it is graded automatically against the expected decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No golden items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason codes of this queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a listing id and choose a queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs at least one expected reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golden item placed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (then choose reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate (then choose a target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last decision (within 5 s, while unsent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cluster view (decide a ring at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a notice manifestly unfounded (then approve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the statement of reasons (while rejecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or target 9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDashboard</name>
    <message>
        <source>Team quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue id (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues: SLA compliance and backlog by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate with its 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA and backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and AI flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golden items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods: audit coverage and samples still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits come days after the decisions: a period with low coverage or samples still waiting will look better than it ends up. Partial periods (cut by the range, or not over yet) are marked * on the chart. Decisions count in the day and week the server received them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors by the policy missed and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI flags against what they predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each flag is scored against the reasons the policy maps it to (Measured against), on final decisions: the auditor&apos;s where an audit found an error. Flags the policy does not map show counts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and error rate per period (* partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate per moderator (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audits in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors found in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No periods in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI flags were shown in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error rates could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <source>No price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text findings (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Moderator workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a decision. Open Conflicts to see which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1 (seller %2) uses the same photo; its id was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the saved token? Unsent decisions are kept and sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>anonymous: no track record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier notice decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1% upheld of %n decided</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifestly unfounded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message numerus="yes">
        <source>Notices (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Priority lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks a notice manifestly unfounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more, not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotifierKind</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted flagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDecode</name>
    <message>
        <source>Photo not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo too large to show (%1 × %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoError</name>
    <message>
        <source>Photo unavailable: the server gave no address for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo unavailable: the server no longer has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo unavailable: you are not allowed to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not fetched: its address is outside the moderation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo unavailable: the server sent something unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo rejected: its bytes do not match the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFlags</name>
    <message>
        <source>Server flag from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same photo in listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller %1 · pHash distance %2 of 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more listings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message numerus="yes">
        <source>Photos (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing has no photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Sensitive photo hidden — click or press V to reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceCheck</name>
    <message>
        <source>Far below the usual price of similar listings: %1 (middle half of %2 listings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far below the usual price in this category: %1 (middle half of %2 listings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaNavigation</name>
    <message>
        <source>&amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaTable</name>
    <message>
        <source>Double-click or Enter: the decisions behind this number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaTables</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>golden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog &lt; 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog &lt; 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog &gt; 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True pos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False pos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False neg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True neg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy missed (auditor&apos;s reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA category missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted_flagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last notice (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended until (UTC)</source>
        <translation></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: sensitive min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: sensitive min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min since break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees with majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePicker</name>
    <message>
        <source>Choose a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest listings are served first. Enter or double-click starts reviewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queues yet. They appear once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonCode</name>
    <message>
        <source>Contact details or messaging handle in the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requested outside the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected scam or fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited or dangerous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterfeit or replica goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected species or animal products (CITES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual services or adult content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hate speech or discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endangers or targets minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading or unrealistic price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in the wrong category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of another listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos unusable (tiny, blurred or blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos copied from another seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other breach of the terms of service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>the queue&apos;s rules do not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lease had expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another moderator holds the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing was already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller changed the listing meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server already had another decision under its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role may not decide listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appeal was already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you took the decision under appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>This listing is no longer leased to you: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease on this listing has expired: the server would refuse a decision, so nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was NOT saved: the disk is full. Free some space, then press the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was NOT saved: the disk cannot be written. Nothing was recorded for this listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was refused before it was saved: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: the disk cannot be written. The decision stays and will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Pick a queue to start reviewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listings ready yet.
New listings are claimed and downloaded in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a cluster of %1 listings from %2 sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not decide clusters; %1 shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may decide clusters of up to %1 listings; %2 shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to review and decide them at once (up to %2 listings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to review and decide them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: no more listings cached; %n decision(s) will be sent when the connection returns.</source>
        <translation>
            <numerusform>Offline: no more listings cached; %n decision will be sent when the connection returns.</numerusform>
            <numerusform>Offline: no more listings cached; %n decisions will be sent when the connection returns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided · waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided · sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer leased to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decided: %1. It is sent in a moment; Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decided: %1. It waits in the outbox to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decided: %1. The server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused your decision (%1): %2. This listing is no longer yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease on this listing expired before it could be renewed: a decision now would be refused, so none can be made. Press N for the next listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing is no longer leased to you (released, or taken by someone else). Press N for the next listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first decision on this listing (%1) was refused by the server: %2. Decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Choose at least one reason: press its number, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to escalate: press its number, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queue has no reason codes to reject with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queue has no escalation target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing on screen was changing: that key did nothing. Look, then press it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same key twice in a row: the second press was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing is already decided. Z undoes the decision while it waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing&apos;s decision has been sent; it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing is no longer leased to you: nothing can be decided on it. Press N for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this listing&apos;s decision and it is no longer leased to you. Press N for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listing is on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing has no notice to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reason first: the statement is written from the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: the decision has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are limited to 2000 characters; the rest was cut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskFactor</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created {days} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity check (KYC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check (KYC) not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number was never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address was never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent strikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} strikes in the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older strikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} strikes more than {days} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reports from other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected past listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rejected} of {decided} moderated listings rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} accounts share: {shared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts with strikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} linked accounts have {strikes} strikes in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst of listings from a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} listings in the last {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phone numbers, emails or handles in the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam wording in the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patterns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of the usual {median} {currency} ({listings} listings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price far below market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos used by other sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos match other sellers&apos; listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Sampling rules per queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…who joined within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error threshold (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision is sampled at the highest rate that applies, times its outcome&apos;s factor. Moderators cannot tell which decisions are audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling rule of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScamPattern</name>
    <message>
        <source>A messaging handle after the app&apos;s name: the seller moves the conversation off the platform, where scams happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment by transfer before delivery or outside the platform: the buyer has no protection if nothing arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit asked before any visit: typical of fake rentals, the home is not available or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping only and payment by transfer: the buyer cannot see the item and cannot get the money back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuses the platform&apos;s secure payment: nothing protects the buyer once the money is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpayment then a refund of the difference: the first payment is fake or will be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller says they are abroad: the item cannot be seen and a courier or agent is meant to deliver after payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded wording for paid sexual services, often posted in an unrelated category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment before delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit before a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping only, paid by transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuses secure payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpayment and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded sexual services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerPanel</name>
    <message>
        <source>Account age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller history not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will appear once synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1  Phone %2  ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · latest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved · %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n strikes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide flagged photos by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurring and greyscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every photo until I reveal it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide photos flagged as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep cached listings for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings to keep ready (also offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo screening threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again before sending a rejection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many listings the desk keeps leased and downloaded: the work left when the network drops. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a key cell to change it. Separate several keys with a comma; leave empty to unbind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle a reason (reject) or pick a target (escalate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change them in Settings › Keyboard. Photos: V reveals, + / − / 0 zoom, [ and ] switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Moderator workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, your username and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts; try again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Illegal content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible with the terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s notice (Art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted flagger&apos;s notice (Art. 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s own initiative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <source>Statement of reasons: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc returns to the reasons (they are kept); Enter there confirms the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for the statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview needs the server, and the desk cannot reach it now. The statement is written by the server when the rejection arrives; your reasons are kept and you can still confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not preview the statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the seller receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned when the decision is recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline — working from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n unsent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) ready</source>
        <translation>
            <numerusform>%n listing ready</numerusform>
            <numerusform>%n listings ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) ready offline</source>
        <translation>
            <numerusform>%n listing ready offline</numerusform>
            <numerusform>%n listings ready offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Leases: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or gateway answered HTTP %1 instead of the server; it is not the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this desk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired; sign in again. Your decisions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a decision for a reason this desk does not know (%1); it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full: decisions cannot be saved until some space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk cannot be written: decisions cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync hit an internal error; it will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Flags the moderator saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter claims the next sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on your own: %1 approve · %2 reject · %3 escalate · %4 give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: 1–9 toggle, Enter confirms, Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording your decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agree · %2 disagree · %3/%4/%5 correct decision · 1/2/3 severity · %6 comment · Enter submits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct reasons: 1–9 toggle, Enter confirms, Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the comment; Enter submits, Esc returns to the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the verdict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: decide on your own: %1 approve · %2 reject · %3 escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2 · Blind decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2 · Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator&apos;s: hidden until you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 s on the listing · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellnessForm</name>
    <message>
        <source>The budget per shift (%1) is larger than the budget per day (%2): the day budget would always be reached first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break (%1 min) must be shorter than the interval between breaks (%2 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: %1. Use a name such as Europe/Paris or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellnessSettingsDialog</name>
    <message>
        <source>Wellness settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure is the time spent on listings with nudity or violence flags and the flagged photos revealed. Moderators see their own figures in the status bar; you see everyone&apos;s on the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind, then give them listings without sensitive flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve them anyway (the queue must be worked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold them back from moderators at their budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break reminder every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break &amp;lasts at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift &amp;ends after a pause of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive time per &amp;shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive time per &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged &amp;photos per shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged p&amp;hotos per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mind at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a budget is &amp;reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;only sensitive listings are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone (days start at midnight there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet (defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Last changed by %1.</source>
        <translation>
            <numerusform>%n member. Last changed by %1.</numerusform>
            <numerusform>%n members. Last changed by %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhiskerChart</name>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
