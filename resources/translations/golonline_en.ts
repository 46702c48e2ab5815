<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Accounts</name>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>Too many wrong passwords. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask a supervisor to reactivate it.</source>
        <translation>This account has been deactivated. Ask a supervisor to reactivate it.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>AppStart</name>
    <message>
        <source>This data folder was last used by a newer version of GoOnline Desktop (database schema {revision}). Install that version, or a newer one, to open it. Nothing in its data was changed.

Folder: {folder}</source>
        <translation>This data folder was last used by a newer version of GoOnline Desktop (database schema {revision}). Install that version, or a newer one, to open it. Nothing in its data was changed.

Folder: {folder}</translation>
    </message>
    <message>
        <source>The database in {folder} is encrypted and the key given does not open it. Start GoOnline Desktop normally and log in.</source>
        <translation>The database in {folder} is encrypted and the key given does not open it. Start GoOnline Desktop normally and log in.</translation>
    </message>
    <message>
        <source>The file {file} is damaged or is not a GoOnline Desktop database. Nothing in it was changed. Ask your supervisor for help; copies made before each update are in {backups}.</source>
        <translation>The file {file} is damaged or is not a GoOnline Desktop database. Nothing in it was changed. Ask your supervisor for help; copies made before each update are in {backups}.</translation>
    </message>
    <message>
        <source>GoOnline Desktop cannot write to the data folder {folder}. Check that the folder (or the USB stick) is not read-only and that you may write there, then start again.</source>
        <translation>GoOnline Desktop cannot write to the data folder {folder}. Check that the folder (or the USB stick) is not read-only and that you may write there, then start again.</translation>
    </message>
    <message>
        <source>GoOnline Desktop could not open the data folder {folder}.

Reason: {reason}</source>
        <translation>GoOnline Desktop could not open the data folder {folder}.

Reason: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Officer ID</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Registration drive</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Printed again</source>
        <translation>Printed again</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Revoked by the server</source>
        <translation>Revoked by the server</translation>
    </message>
    <message>
        <source>Changed at the central office</source>
        <translation>Changed at the central office</translation>
    </message>
    <message>
        <source>Received from the central office</source>
        <translation>Received from the central office</translation>
    </message>
    <message>
        <source>Conflict: this laptop&apos;s version kept</source>
        <translation>Conflict: this laptop&apos;s version kept</translation>
    </message>
    <message>
        <source>Conflict: the server&apos;s version taken</source>
        <translation>Conflict: the server&apos;s version taken</translation>
    </message>
    <message>
        <source>First supervisor set up</source>
        <translation>First supervisor set up</translation>
    </message>
    <message>
        <source>Laptop set up</source>
        <translation>Laptop set up</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <source>Marked ready</source>
        <translation>Marked ready</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>(unknown officer)</source>
        <translation>(unknown officer)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>This event does not match the chain: it was changed, or the one before it was removed.</source>
        <translation>This event does not match the chain: it was changed, or the one before it was removed.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>The audit log could not be read: {reason}</source>
        <translation>The audit log could not be read: {reason}</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>All record types</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Events shown: {count}</source>
        <translation>Events shown: {count}</translation>
    </message>
    <message>
        <source>Checking every event…</source>
        <translation>Checking every event…</translation>
    </message>
    <message>
        <source>✔ The audit log is intact: {count} events checked, none changed or removed.</source>
        <translation>✔ The audit log is intact: {count} events checked, none changed or removed.</translation>
    </message>
    <message>
        <source>No. {number} ({when}, {action})</source>
        <translation>No. {number} ({when}, {action})</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>✖ The audit log was changed outside GoOnline Desktop. First event that does not match: {event}. Events that do not match: {count} of {checked}. Tell your office; keep this laptop as it is.</source>
        <translation>✖ The audit log was changed outside GoOnline Desktop. First event that does not match: {event}. Events that do not match: {count} of {checked}. Tell your office; keep this laptop as it is.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Saved {count} events to {file}.</source>
        <translation>Saved {count} events to {file}.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every change made on this laptop, newest first: who, when, what. Each event is chained to the one before, so an event edited or removed outside GoOnline Desktop is found by Verify.</source>
        <translation>Every change made on this laptop, newest first: who, when, what. Each event is chained to the one before, so an event edited or removed outside GoOnline Desktop is found by Verify.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>Officer filter</source>
        <translation>Officer filter</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Record type:</translation>
    </message>
    <message>
        <source>Record type filter</source>
        <translation>Record type filter</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Only events in a date range</source>
        <translation>Only events in a date range</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Verify the audit log chain</source>
        <translation>Verify the audit log chain</translation>
    </message>
    <message>
        <source>Check that no event was edited or removed outside GoOnline Desktop</source>
        <translation>Check that no event was edited or removed outside GoOnline Desktop</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>Export the audit log to CSV</translation>
    </message>
    <message>
        <source>Save the events shown (with the filters) as a CSV file</source>
        <translation>Save the events shown (with the filters) as a CSV file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Close the audit log</translation>
    </message>
</context>
<context>
    <name>BusinessBrowser</name>
    <message>
        <source>Businesses</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search businesses</source>
        <translation>Search businesses</translation>
    </message>
    <message>
        <source>Name, owner, NIK, phone, NIB or village</source>
        <translation>Name, owner, NIK, phone, NIB or village</translation>
    </message>
    <message>
        <source>Type at least 3 characters; the list follows as you type</source>
        <translation>Type at least 3 characters; the list follows as you type</translation>
    </message>
    <message>
        <source>Type at least 3 characters to search.</source>
        <translation>Type at least 3 characters to search.</translation>
    </message>
    <message>
        <source>Filter by drive</source>
        <translation>Filter by drive</translation>
    </message>
    <message>
        <source>Show only businesses of one registration drive</source>
        <translation>Show only businesses of one registration drive</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <source>Show only businesses of one regency or city</source>
        <translation>Show only businesses of one regency or city</translation>
    </message>
    <message>
        <source>Filter by scale</source>
        <translation>Filter by scale</translation>
    </message>
    <message>
        <source>Show only micro, small or medium businesses</source>
        <translation>Show only micro, small or medium businesses</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <source>Show only one sector</source>
        <translation>Show only one sector</translation>
    </message>
    <message>
        <source>Filter by sync state</source>
        <translation>Filter by sync state</translation>
    </message>
    <message>
        <source>Show only businesses in one sync state</source>
        <translation>Show only businesses in one sync state</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Show deleted</translation>
    </message>
    <message>
        <source>Show deleted businesses</source>
        <translation>Show deleted businesses</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Undo the delete</translation>
    </message>
    <message>
        <source>Bring the deleted business back</source>
        <translation>Bring the deleted business back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the undo message</source>
        <translation>Close the undo message</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>&amp;New business</source>
        <translation>&amp;New business</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>Register a new business (Ctrl+N)</source>
        <translation>Register a new business (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open business</source>
        <translation>Open business</translation>
    </message>
    <message>
        <source>Open the selected business to view or edit it (Enter)</source>
        <translation>Open the selected business to view or edit it (Enter)</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>Who changed the selected business, and when</source>
        <translation>Who changed the selected business, and when</translation>
    </message>
    <message>
        <source>Delete business</source>
        <translation>Delete business</translation>
    </message>
    <message>
        <source>Delete the selected business (it can be undone)</source>
        <translation>Delete the selected business (it can be undone)</translation>
    </message>
</context>
<context>
    <name>BusinessBrowserPage</name>
    <message>
        <source>All drives</source>
        <translation>All drives</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All scales</source>
        <translation>All scales</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Any sync state</translation>
    </message>
    <message>
        <source>%1 businesses</source>
        <translation>%1 businesses</translation>
    </message>
    <message>
        <source>%1+ businesses</source>
        <comment>more are being counted</comment>
        <translation>%1+ businesses</translation>
    </message>
    <message>
        <source>Delete business</source>
        <translation>Delete business</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this right away.</source>
        <translation>Delete “%1”? You can undo this right away.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>BusinessTableModel</name>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>BusinessesSection</name>
    <message>
        <source>A registration was not saved the last time ({name}). Continue it now?

If you answer No, it stays kept and is offered again later.</source>
        <translation>A registration was not saved the last time ({name}). Continue it now?

If you answer No, it stays kept and is offered again later.</translation>
    </message>
    <message>
        <source>no name typed yet</source>
        <translation>no name typed yet</translation>
    </message>
    <message>
        <source>Unsaved registration</source>
        <translation>Unsaved registration</translation>
    </message>
    <message>
        <source>Drive: none chosen</source>
        <translation>Drive: none chosen</translation>
    </message>
    <message>
        <source>Drive: {name}</source>
        <translation>Drive: {name}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>This laptop does not allow GoOnline to use the camera. Allow camera access in the system&apos;s privacy settings, then open this window again. Meanwhile you can add photos from files.</source>
        <translation>This laptop does not allow GoOnline to use the camera. Allow camera access in the system&apos;s privacy settings, then open this window again. Meanwhile you can add photos from files.</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug in a webcam (it appears here by itself), or add photos from files.</source>
        <translation>No camera was found on this laptop. Plug in a webcam (it appears here by itself), or add photos from files.</translation>
    </message>
    <message>
        <source>Waiting for the picture…</source>
        <translation>Waiting for the picture…</translation>
    </message>
    <message>
        <source>The camera cannot be started: another program may be using it (a video call or another camera app). Close that program and choose the camera again, or add photos from files. Details: {details}</source>
        <translation>The camera cannot be started: another program may be using it (a video call or another camera app). Close that program and choose the camera again, or add photos from files. Details: {details}</translation>
    </message>
    <message>
        <source>The photo could not be taken: {details}</source>
        <translation>The photo could not be taken: {details}</translation>
    </message>
    <message>
        <source>The camera did not deliver a photo. Try again; if it keeps happening, choose the camera again.</source>
        <translation>The camera did not deliver a photo. Try again; if it keeps happening, choose the camera again.</translation>
    </message>
    <message>
        <source>Photos taken: {count}</source>
        <translation>Photos taken: {count}</translation>
    </message>
    <message>
        <source>Take product photos</source>
        <translation>Take product photos</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>&amp;Take photo (Space)</source>
        <translation>&amp;Take photo (Space)</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Press Space to take a photo; you can take several in a row</source>
        <translation>Press Space to take a photo; you can take several in a row</translation>
    </message>
    <message>
        <source>Photos taken</source>
        <translation>Photos taken</translation>
    </message>
    <message>
        <source>Add from &amp;files instead…</source>
        <translation>Add from &amp;files instead…</translation>
    </message>
    <message>
        <source>Add photos from files instead</source>
        <translation>Add photos from files instead</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Use these photos</source>
        <translation>&amp;Use these photos</translation>
    </message>
    <message>
        <source>Use these photos</source>
        <translation>Use these photos</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Drive:</source>
        <translation>Drive:</translation>
    </message>
    <message>
        <source>Drive shown in the list</source>
        <translation>Drive shown in the list</translation>
    </message>
    <message>
        <source>Businesses and their certificates</source>
        <translation>Businesses and their certificates</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>All drives</translation>
    </message>
    <message>
        <source>{issued} of {total} businesses have a certificate</source>
        <translation>{issued} of {total} businesses have a certificate</translation>
    </message>
    <message>
        <source>Select a business with a certificate to see it here.</source>
        <translation>Select a business with a certificate to see it here.</translation>
    </message>
    <message>
        <source>Preview: {pages} page(s), as they will print.</source>
        <translation>Preview: {pages} page(s), as they will print.</translation>
    </message>
    <message>
        <source>Issued {count} certificate(s).</source>
        <translation>Issued {count} certificate(s).</translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Printed {done} of {total}: {title}</translation>
    </message>
    <message>
        <source>{printed} of {total} printed.</source>
        <translation>{printed} of {total} printed.</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>Printing was stopped.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Not printed: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>NOT VALID: the code does not match the certificate it names; it may be forged or altered.</source>
        <translation>NOT VALID: the code does not match the certificate it names; it may be forged or altered.</translation>
    </message>
    <message>
        <source>NOT VALID: the code names another certificate.</source>
        <translation>NOT VALID: the code names another certificate.</translation>
    </message>
    <message>
        <source>Cannot check this certificate on this laptop: its issuing laptop is not known here yet. Sync, or open the code&apos;s address with a connection.</source>
        <translation>Cannot check this certificate on this laptop: its issuing laptop is not known here yet. Sync, or open the code&apos;s address with a connection.</translation>
    </message>
    <message>
        <source>This is not the QR code of a GoOnline certificate.</source>
        <translation>This is not the QR code of a GoOnline certificate.</translation>
    </message>
    <message>
        <source>REVOKED: certificate {number} is no longer valid; it was replaced by {replacement}.</source>
        <translation>REVOKED: certificate {number} is no longer valid; it was replaced by {replacement}.</translation>
    </message>
    <message>
        <source>REVOKED: certificate {number} is no longer valid.</source>
        <translation>REVOKED: certificate {number} is no longer valid.</translation>
    </message>
    <message>
        <source>VALID: certificate {number}, issued on this laptop.</source>
        <translation>VALID: certificate {number}, issued on this laptop.</translation>
    </message>
    <message>
        <source>VALID: certificate {number}, issued by another laptop of the office.</source>
        <translation>VALID: certificate {number}, issued by another laptop of the office.</translation>
    </message>
    <message>
        <source>{business}, issued on {date} by {office} ({officer}); {region}.</source>
        <translation>{business}, issued on {date} by {office} ({officer}); {region}.</translation>
    </message>
    <message>
        <source>The laptop that issued it has since been revoked: ask the office whether the certificate still stands.</source>
        <translation>The laptop that issued it has since been revoked: ask the office whether the certificate still stands.</translation>
    </message>
    <message>
        <source>Save certificates as PDF</source>
        <translation>Save certificates as PDF</translation>
    </message>
    <message>
        <source>Revoke and reissue</source>
        <translation>Revoke and reissue</translation>
    </message>
    <message>
        <source>Why is certificate {number} revoked? A new number is printed instead.</source>
        <translation>Why is certificate {number} revoked? A new number is printed instead.</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>Issue a certificate for the selected businesses</source>
        <translation>Issue a certificate for the selected businesses</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the selected certificates</source>
        <translation>Print the selected certificates</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Print all…</translation>
    </message>
    <message>
        <source>Print every certificate in the list</source>
        <translation>Print every certificate in the list</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the selected certificates as a PDF file</source>
        <translation>Save the selected certificates as a PDF file</translation>
    </message>
    <message>
        <source>Revoke and reissue…</source>
        <translation>Revoke and reissue…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate and issue a new number</source>
        <translation>Revoke the selected certificate and issue a new number</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <source>Stop printing</source>
        <translation>Stop printing</translation>
    </message>
    <message>
        <source>Stop printing after the current certificate</source>
        <translation>Stop printing after the current certificate</translation>
    </message>
    <message>
        <source>Check a scanned code:</source>
        <translation>Check a scanned code:</translation>
    </message>
    <message>
        <source>Scanned certificate code</source>
        <translation>Scanned certificate code</translation>
    </message>
    <message>
        <source>Scan the QR code or paste its address</source>
        <translation>Scan the QR code or paste its address</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check the scanned certificate code on this laptop</source>
        <translation>Check the scanned certificate code on this laptop</translation>
    </message>
    <message>
        <source>Result of the certificate check</source>
        <translation>Result of the certificate check</translation>
    </message>
</context>
<context>
    <name>CertificateSettings</name>
    <message>
        <source>the server this laptop is enrolled with</source>
        <translation>the server this laptop is enrolled with</translation>
    </message>
    <message>
        <source>set by GOLONLINE_VERIFY_BASE_URL</source>
        <translation>set by GOLONLINE_VERIFY_BASE_URL</translation>
    </message>
    <message>
        <source>default, not a real address: enroll this laptop or set GOLONLINE_VERIFY_BASE_URL</source>
        <translation>default, not a real address: enroll this laptop or set GOLONLINE_VERIFY_BASE_URL</translation>
    </message>
    <message>
        <source>Certificate verification:</source>
        <translation>Certificate verification:</translation>
    </message>
    <message>
        <source>Certificate verification address</source>
        <translation>Certificate verification address</translation>
    </message>
    <message>
        <source>Where the certificate verification address comes from</source>
        <translation>Where the certificate verification address comes from</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>Issued (local code)</source>
        <translation>Issued (local code)</translation>
    </message>
    <message>
        <source>Issued before enrollment: the number carries this laptop&apos;s local code. It stays valid.</source>
        <translation>Issued before enrollment: the number carries this laptop&apos;s local code. It stays valid.</translation>
    </message>
    <message>
        <source>{business}
Owner: {owner}</source>
        <translation>{business}
Owner: {owner}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>data folder (default: the user&apos;s folder)</source>
        <translation>data folder (default: the user&apos;s folder)</translation>
    </message>
    <message>
        <source>language of messages (default: id)</source>
        <translation>language of messages (default: id)</translation>
    </message>
    <message>
        <source>your username (a data folder set up with accounts)</source>
        <translation>your username (a data folder set up with accounts)</translation>
    </message>
    <message>
        <source>read the password (then any other secret asked) from standard input</source>
        <translation>read the password (then any other secret asked) from standard input</translation>
    </message>
    <message>
        <source>GoOnline Desktop: UMKM registration drives.</source>
        <translation>GoOnline Desktop: UMKM registration drives.</translation>
    </message>
    <message>
        <source>start, show the window and exit (a build check)</source>
        <translation>start, show the window and exit (a build check)</translation>
    </message>
    <message>
        <source>start the application</source>
        <translation>start the application</translation>
    </message>
    <message>
        <source>id of a registration drive</source>
        <translation>id of a registration drive</translation>
    </message>
    <message>
        <source>import businesses from .xlsx or .csv</source>
        <translation>import businesses from .xlsx or .csv</translation>
    </message>
    <message>
        <source>check the file and report problems; save nothing</source>
        <translation>check the file and report problems; save nothing</translation>
    </message>
    <message>
        <source>also write the problems to this CSV file</source>
        <translation>also write the problems to this CSV file</translation>
    </message>
    <message>
        <source>export businesses to .xlsx or .csv</source>
        <translation>export businesses to .xlsx or .csv</translation>
    </message>
    <message>
        <source>export full NIKs (supervisors only)</source>
        <translation>export full NIKs (supervisors only)</translation>
    </message>
    <message>
        <source>check one number or value and explain it</source>
        <translation>check one number or value and explain it</translation>
    </message>
    <message>
        <source>check the data folder and its database</source>
        <translation>check the data folder and its database</translation>
    </message>
    <message>
        <source>first delete photo files no product, draft or unsent change needs (only those older than the grace period)</source>
        <translation>first delete photo files no product, draft or unsent change needs (only those older than the grace period)</translation>
    </message>
    <message>
        <source>grace period in days for --collect-photos (default 7)</source>
        <translation>grace period in days for --collect-photos (default 7)</translation>
    </message>
    <message>
        <source>This data folder is protected by officer accounts: give --user NAME (the password is asked, or read with --password-stdin).</source>
        <translation>This data folder is protected by officer accounts: give --user NAME (the password is asked, or read with --password-stdin).</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Too many wrong passwords: try again in {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>The database {file} was written by a newer version of GoOnline Desktop (schema {revision}). Install that version; nothing was changed.</source>
        <translation>The database {file} was written by a newer version of GoOnline Desktop (schema {revision}). Install that version; nothing was changed.</translation>
    </message>
    <message>
        <source>{file} is not a GoOnline Desktop database ({reason}). Check --data-dir; nothing was changed.</source>
        <translation>{file} is not a GoOnline Desktop database ({reason}). Check --data-dir; nothing was changed.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}</source>
        <translation>The data folder {folder} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>There is no registration drive {drive}.</source>
        <translation>There is no registration drive {drive}.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation>Row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column {column} (warning): {message}</source>
        <translation>Row {row}, column {column} (warning): {message}</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Nothing was imported from {file}.</translation>
    </message>
    <message>
        <source>Checked {file}: {read} rows, {valid} can be imported, {bad} have errors. Nothing was saved (dry run).</source>
        <translation>Checked {file}: {read} rows, {valid} can be imported, {bad} have errors. Nothing was saved (dry run).</translation>
    </message>
    <message>
        <source>Imported {imported} of {read} rows from {file}; {bad} rows have errors and were not imported.</source>
        <translation>Imported {imported} of {read} rows from {file}; {bad} rows have errors and were not imported.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>The problems were written to {file}.</source>
        <translation>The problems were written to {file}.</translation>
    </message>
    <message>
        <source>Only a supervisor may export full NIKs.</source>
        <translation>Only a supervisor may export full NIKs.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Could not write {file}: {reason}</translation>
    </message>
    <message>
        <source>Exported {rows} businesses to {file}.</source>
        <translation>Exported {rows} businesses to {file}.</translation>
    </message>
    <message>
        <source>NIKs are masked; a supervisor can export them in full with --unmask.</source>
        <translation>NIKs are masked; a supervisor can export them in full with --unmask.</translation>
    </message>
    <message>
        <source>The file holds full NIKs: personal data. Keep it safe and delete it after use.</source>
        <translation>The file holds full NIKs: personal data. Keep it safe and delete it after use.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>Unexpected error: {message}. The details were written to {log}.</source>
        <translation>Unexpected error: {message}. The details were written to {log}.</translation>
    </message>
    <message>
        <source>--birth-date {value} is not a date (YYYY-MM-DD).</source>
        <translation>--birth-date {value} is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Birth date: {date}</source>
        <translation>Birth date: {date}</translation>
    </message>
    <message>
        <source>Sex: {sex}</source>
        <translation>Sex: {sex}</translation>
    </message>
    <message>
        <source>First registered in: {code} {path}</source>
        <translation>First registered in: {code} {path}</translation>
    </message>
    <message>
        <source>First registered in: kecamatan {code} (a former code, last listed in {year})</source>
        <translation>First registered in: kecamatan {code} (a former code, last listed in {year})</translation>
    </message>
    <message>
        <source>First registered in: {code} (unknown kecamatan)</source>
        <translation>First registered in: {code} (unknown kecamatan)</translation>
    </message>
    <message>
        <source>Serial number: {serial}</source>
        <translation>Serial number: {serial}</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>Not valid.</translation>
    </message>
    <message>
        <source>Stored as: {value}</source>
        <translation>Stored as: {value}</translation>
    </message>
    <message>
        <source>Shown as: {value}</source>
        <translation>Shown as: {value}</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valid.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Database: none yet ({file})</source>
        <translation>Database: none yet ({file})</translation>
    </message>
    <message>
        <source>Database: {file} ({size})</source>
        <translation>Database: {file} ({size})</translation>
    </message>
    <message>
        <source>Write-ahead log: {size}</source>
        <translation>Write-ahead log: {size}</translation>
    </message>
    <message>
        <source>Schema: {revision} (this version knows up to {head})</source>
        <translation>Schema: {revision} (this version knows up to {head})</translation>
    </message>
    <message>
        <source>Journal mode: {mode}</source>
        <translation>Journal mode: {mode}</translation>
    </message>
    <message>
        <source>Integrity check: {result}</source>
        <translation>Integrity check: {result}</translation>
    </message>
    <message>
        <source>Businesses: {live} live, {deleted} deleted</source>
        <translation>Businesses: {live} live, {deleted} deleted</translation>
    </message>
    <message>
        <source>Registration drives: {count}</source>
        <translation>Registration drives: {count}</translation>
    </message>
    <message>
        <source>Audit events: {count}</source>
        <translation>Audit events: {count}</translation>
    </message>
    <message>
        <source>Outbox: {states}</source>
        <translation>Outbox: {states}</translation>
    </message>
    <message>
        <source>Photo files: {count} ({damaged} damaged, {missing} missing)</source>
        <translation>Photo files: {count} ({damaged} damaged, {missing} missing)</translation>
    </message>
    <message>
        <source>Backups: {count}</source>
        <translation>Backups: {count}</translation>
    </message>
    <message>
        <source>--grace-days cannot be negative.</source>
        <translation>--grace-days cannot be negative.</translation>
    </message>
    <message>
        <source>Photo files removed: {removed} of {stored}. Kept: {live} used by products, {drafts} by unsaved drafts, {unsent} by changes not yet synced, {young} younger than {days} days.</source>
        <translation>Photo files removed: {removed} of {stored}. Kept: {live} used by products, {drafts} by unsaved drafts, {unsent} by changes not yet synced, {young} younger than {days} days.</translation>
    </message>
    <message>
        <source>address of the central server, e.g. https://...</source>
        <translation>address of the central server, e.g. https://...</translation>
    </message>
    <message>
        <source>register this laptop with the central server</source>
        <translation>register this laptop with the central server</translation>
    </message>
    <message>
        <source>send and receive changes with the server</source>
        <translation>send and receive changes with the server</translation>
    </message>
    <message>
        <source>keep syncing until stopped (Ctrl+C)</source>
        <translation>keep syncing until stopped (Ctrl+C)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Give your username with --user.</source>
        <translation>Give your username with --user.</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>Server password: </translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>A password is required.</translation>
    </message>
    <message>
        <source>Enrollment failed: {message}</source>
        <translation>Enrollment failed: {message}</translation>
    </message>
    <message>
        <source>Enrolled as device {device} of office {office}.</source>
        <translation>Enrolled as device {device} of office {office}.</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>preparing</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>receiving</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>{n} applied</source>
        <translation>{n} applied</translation>
    </message>
    <message>
        <source>{n} already on the server</source>
        <translation>{n} already on the server</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>{n} in conflict</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} refused</translation>
    </message>
    <message>
        <source>{n} photos uploaded</source>
        <translation>{n} photos uploaded</translation>
    </message>
    <message>
        <source>{n} bytes sent</source>
        <translation>{n} bytes sent</translation>
    </message>
    <message>
        <source>{n} received</source>
        <translation>{n} received</translation>
    </message>
    <message>
        <source>{n} received and applied</source>
        <translation>{n} received and applied</translation>
    </message>
    <message>
        <source>{n} received in conflict</source>
        <translation>{n} received in conflict</translation>
    </message>
    <message>
        <source>{n} still to send</source>
        <translation>{n} still to send</translation>
    </message>
    <message>
        <source>{stage}: {done}/{total} records, {sent}/{size} bytes</source>
        <translation>{stage}: {done}/{total} records, {sent}/{size} bytes</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, about {seconds} s left</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nothing to do</translation>
    </message>
    <message>
        <source>sync: {summary}</source>
        <translation>sync: {summary}</translation>
    </message>
    <message>
        <source>The office revoked this laptop: it no longer syncs. Ask your supervisor.</source>
        <translation>The office revoked this laptop: it no longer syncs. Ask your supervisor.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled: run `golonline-desktop enroll` first.</source>
        <translation>This laptop is not enrolled: run `golonline-desktop enroll` first.</translation>
    </message>
    <message>
        <source>refused: {entity} {id} v{version}: {message}</source>
        <translation>refused: {entity} {id} v{version}: {message}</translation>
    </message>
    <message>
        <source>conflict: {entity} {id}: {message}</source>
        <translation>conflict: {entity} {id}: {message}</translation>
    </message>
    <message>
        <source>hand over or erase a revoked laptop&apos;s unsent work</source>
        <translation>hand over or erase a revoked laptop&apos;s unsent work</translation>
    </message>
    <message>
        <source>write the unsent changes to an encrypted file</source>
        <translation>write the unsent changes to an encrypted file</translation>
    </message>
    <message>
        <source>queue a handover file&apos;s changes on this laptop</source>
        <translation>queue a handover file&apos;s changes on this laptop</translation>
    </message>
    <message>
        <source>remove this revoked laptop&apos;s data</source>
        <translation>remove this revoked laptop&apos;s data</translation>
    </message>
    <message>
        <source>confirm: the data cannot be brought back</source>
        <translation>confirm: the data cannot be brought back</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: run it again with --yes to confirm.</source>
        <translation>Erasing cannot be undone: run it again with --yes to confirm.</translation>
    </message>
    <message>
        <source>Erased {count} items of {folder}.</source>
        <translation>Erased {count} items of {folder}.</translation>
    </message>
    <message>
        <source>Passphrase of the handover file: </source>
        <translation>Passphrase of the handover file: </translation>
    </message>
    <message>
        <source>Wrote {changes} unsent changes and {photos} photos to {file}.</source>
        <translation>Wrote {changes} unsent changes and {photos} photos to {file}.</translation>
    </message>
    <message>
        <source>Queued {changes} changes and {photos} photos to be sent; {skipped} were already here.</source>
        <translation>Queued {changes} changes and {photos} photos to be sent; {skipped} were already here.</translation>
    </message>
    <message>
        <source>Could not use {file}: {reason}</source>
        <translation>Could not use {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>this laptop: version {local} · server: version {server}</source>
        <translation>this laptop: version {local} · server: version {server}</translation>
    </message>
    <message>
        <source>One version deletes this record and the other keeps it: only a supervisor may decide.</source>
        <translation>One version deletes this record and the other keeps it: only a supervisor may decide.</translation>
    </message>
    <message>
        <source>The two versions hold the same data; either choice keeps it.</source>
        <translation>The two versions hold the same data; either choice keeps it.</translation>
    </message>
    <message>
        <source>NIKs are shown masked for your role.</source>
        <translation>NIKs are shown masked for your role.</translation>
    </message>
    <message>
        <source>Decide a sync conflict</source>
        <translation>Decide a sync conflict</translation>
    </message>
    <message>
        <source>This record was changed on this laptop and, meanwhile, elsewhere. Compare the two versions and choose the one to keep. The other one is set aside; the choice is written to the audit log.</source>
        <translation>This record was changed on this laptop and, meanwhile, elsewhere. Compare the two versions and choose the one to keep. The other one is set aside; the choice is written to the audit log.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel: decide later</source>
        <translation>Cancel: decide later</translation>
    </message>
    <message>
        <source>Use this &amp;laptop&apos;s version</source>
        <translation>Use this &amp;laptop&apos;s version</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s version</source>
        <translation>Use this laptop&apos;s version</translation>
    </message>
    <message>
        <source>Use the &amp;server&apos;s version</source>
        <translation>Use the &amp;server&apos;s version</translation>
    </message>
    <message>
        <source>Use the server&apos;s version</source>
        <translation>Use the server&apos;s version</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Read this text to the owner, or let the owner read it. Version {version}.</source>
        <translation>Read this text to the owner, or let the owner read it. Version {version}.</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation>Consent to the processing of personal data</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <source>Owner does &amp;not agree</source>
        <translation>Owner does &amp;not agree</translation>
    </message>
    <message>
        <source>Owner does not agree</source>
        <translation>Owner does not agree</translation>
    </message>
    <message>
        <source>Owner &amp;agrees</source>
        <translation>Owner &amp;agrees</translation>
    </message>
    <message>
        <source>Owner agrees</source>
        <translation>Owner agrees</translation>
    </message>
</context>
<context>
    <name>DataSubject</name>
    <message>
        <source>Personal data held on this laptop for NIK {nik}</source>
        <translation>Personal data held on this laptop for NIK {nik}</translation>
    </message>
    <message>
        <source>Prepared at {at}</source>
        <translation>Prepared at {at}</translation>
    </message>
    <message>
        <source>Business: {name} (registered {at})</source>
        <translation>Business: {name} (registered {at})</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Owner name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>{products} products, {certificates} certificates, {events} recorded actions</source>
        <translation>{products} products, {certificates} certificates, {events} recorded actions</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DriveDialog</name>
    <message>
        <source>No drive yet on this laptop: create the first one.</source>
        <translation>No drive yet on this laptop: create the first one.</translation>
    </message>
    <message>
        <source>Type the name of the drive.</source>
        <translation>Type the name of the drive.</translation>
    </message>
    <message>
        <source>Choose the place from the list that opens as you type.</source>
        <translation>Choose the place from the list that opens as you type.</translation>
    </message>
    <message>
        <source>The drive could not be saved: {reason}</source>
        <translation>The drive could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Registration drive</translation>
    </message>
    <message>
        <source>New registrations belong to the drive chosen here. Pick today&apos;s drive, or create it.</source>
        <translation>New registrations belong to the drive chosen here. Pick today&apos;s drive, or create it.</translation>
    </message>
    <message>
        <source>&amp;Existing drives:</source>
        <translation>&amp;Existing drives:</translation>
    </message>
    <message>
        <source>Existing drives</source>
        <translation>Existing drives</translation>
    </message>
    <message>
        <source>Or create a new drive</source>
        <translation>Or create a new drive</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Drive name</source>
        <translation>Drive name</translation>
    </message>
    <message>
        <source>e.g. Pendataan UMKM Kel. Tebet Timur</source>
        <translation>e.g. Pendataan UMKM Kel. Tebet Timur</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Drive date</source>
        <translation>Drive date</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Drive place</source>
        <translation>Drive place</translation>
    </message>
    <message>
        <source>Type a village, kecamatan or kabupaten name</source>
        <translation>Type a village, kecamatan or kabupaten name</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Close without choosing</source>
        <translation>Close without choosing</translation>
    </message>
    <message>
        <source>C&amp;reate and use</source>
        <translation>C&amp;reate and use</translation>
    </message>
    <message>
        <source>Create and use the new drive</source>
        <translation>Create and use the new drive</translation>
    </message>
    <message>
        <source>&amp;Use selected</source>
        <translation>&amp;Use selected</translation>
    </message>
    <message>
        <source>Use the selected drive</source>
        <translation>Use the selected drive</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>same NIK</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <source>same NIB</source>
        <translation>same NIB</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>similar name in the same village</source>
        <translation>similar name in the same village</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Why it may be the same</source>
        <translation>Why it may be the same</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This business may already be registered. Check the list before saving another record.</source>
        <translation>This business may already be registered. Check the list before saving another record.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>&amp;Reason for saving anyway:</source>
        <translation>&amp;Reason for saving anyway:</translation>
    </message>
    <message>
        <source>Reason for saving anyway</source>
        <translation>Reason for saving anyway</translation>
    </message>
    <message>
        <source>e.g. a second shop of the same owner</source>
        <translation>e.g. a second shop of the same owner</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Go back to the form</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Go back to the form</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Open the existing record</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enroll this laptop</source>
        <translation>Enroll this laptop</translation>
    </message>
    <message>
        <source>Enroll this laptop with the central server once, so it can send the registrations. Your supervisor gives you the server address and your account. Your password is sent once and is not stored on this laptop.</source>
        <translation>Enroll this laptop with the central server once, so it can send the registrations. Your supervisor gives you the server address and your account. Your password is sent once and is not stored on this laptop.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>for example https://sinkron.example.go.id</source>
        <translation>for example https://sinkron.example.go.id</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation>Laptop &amp;name:</translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation>Laptop name</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enroll</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them (capital letters count) and try again.</source>
        <translation>The username or password is wrong. Check them (capital letters count) and try again.</translation>
    </message>
    <message>
        <source>The server at {url} cannot be reached. Check the address and the internet connection, then try again.</source>
        <translation>The server at {url} cannot be reached. Check the address and the internet connection, then try again.</translation>
    </message>
    <message>
        <source>The server refused the enrollment ({detail}).</source>
        <translation>The server refused the enrollment ({detail}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address. Type it as your supervisor gave it.</source>
        <translation>“{url}” is not a server address. Type it as your supervisor gave it.</translation>
    </message>
    <message>
        <source>The laptop could not be enrolled: {reason}</source>
        <translation>The laptop could not be enrolled: {reason}</translation>
    </message>
    <message>
        <source>Type the server address.</source>
        <translation>Type the server address.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Give this laptop a name, e.g. “Laptop Tebet 2”.</source>
        <translation>Give this laptop a name, e.g. “Laptop Tebet 2”.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contacting the server…</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Employees must be a whole number, e.g. 3.</source>
        <translation>Employees must be a whole number, e.g. 3.</translation>
    </message>
    <message>
        <source>Choose the village (desa/kelurahan).</source>
        <translation>Choose the village (desa/kelurahan).</translation>
    </message>
    <message>
        <source>Choose a village (desa/kelurahan), not a larger area.</source>
        <translation>Choose a village (desa/kelurahan), not a larger area.</translation>
    </message>
    <message>
        <source>Region code {region} is not a current village code.</source>
        <translation>Region code {region} is not a current village code.</translation>
    </message>
    <message>
        <source>Capital or sales are above the UMKM limits of PP 7/2021: check the amounts before saving.</source>
        <translation>Capital or sales are above the UMKM limits of PP 7/2021: check the amounts before saving.</translation>
    </message>
    <message>
        <source>The owner&apos;s consent to the processing of personal data is required.</source>
        <translation>The owner&apos;s consent to the processing of personal data is required.</translation>
    </message>
    <message>
        <source>Not a certificate number: expected GO-OFFICE-DEVICE-YEAR-NNNNNN.</source>
        <translation>Not a certificate number: expected GO-OFFICE-DEVICE-YEAR-NNNNNN.</translation>
    </message>
    <message>
        <source>{email} is not a valid e-mail address, e.g. nama@gmail.com.</source>
        <translation>{email} is not a valid e-mail address, e.g. nama@gmail.com.</translation>
    </message>
    <message>
        <source>Type the e-mail address.</source>
        <translation>Type the e-mail address.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Did you mean {suggestion}?</translation>
    </message>
    <message>
        <source>Type the postal code (5 digits).</source>
        <translation>Type the postal code (5 digits).</translation>
    </message>
    <message>
        <source>A postal code has 5 digits, e.g. 12810; {typed} was typed.</source>
        <translation>A postal code has 5 digits, e.g. 12810; {typed} was typed.</translation>
    </message>
    <message>
        <source>Indonesian postal codes do not start with 0; {typed} was typed.</source>
        <translation>Indonesian postal codes do not start with 0; {typed} was typed.</translation>
    </message>
    <message>
        <source>KBLI edition {version} is unknown; choose {versions}.</source>
        <translation>KBLI edition {version} is unknown; choose {versions}.</translation>
    </message>
    <message>
        <source>Type the KBLI code (5 digits).</source>
        <translation>Type the KBLI code (5 digits).</translation>
    </message>
    <message>
        <source>A KBLI code has 5 digits, e.g. 10792; {typed} was typed.</source>
        <translation>A KBLI code has 5 digits, e.g. 10792; {typed} was typed.</translation>
    </message>
    <message>
        <source>KBLI codes start with a division 01-99; {typed} was typed.</source>
        <translation>KBLI codes start with a division 01-99; {typed} was typed.</translation>
    </message>
    <message>
        <source>Remove the mention of {names}: {marketplace} rejects listings that name other marketplaces or outside channels.</source>
        <translation>Remove the mention of {names}: {marketplace} rejects listings that name other marketplaces or outside channels.</translation>
    </message>
    <message>
        <source>Remove the phone number &quot;{found}&quot;: buyers must contact the seller through {marketplace}&apos;s chat.</source>
        <translation>Remove the phone number &quot;{found}&quot;: buyers must contact the seller through {marketplace}&apos;s chat.</translation>
    </message>
    <message>
        <source>Remove the link or address &quot;{found}&quot;: {marketplace} does not allow links to outside pages.</source>
        <translation>Remove the link or address &quot;{found}&quot;: {marketplace} does not allow links to outside pages.</translation>
    </message>
    <message>
        <source>{marketplace} no longer accepts new listings (closed since {since}): {note} Choose another marketplace.</source>
        <translation>{marketplace} no longer accepts new listings (closed since {since}): {note} Choose another marketplace.</translation>
    </message>
    <message>
        <source>{marketplace} needs this field: please fill it in.</source>
        <translation>{marketplace} needs this field: please fill it in.</translation>
    </message>
    <message>
        <source>{marketplace} needs at least {min} characters here ({length} now): add details such as material, size or taste.</source>
        <translation>{marketplace} needs at least {min} characters here ({length} now): add details such as material, size or taste.</translation>
    </message>
    <message>
        <source>{marketplace} allows at most {max} characters here ({length} now): shorten it by {excess}.</source>
        <translation>{marketplace} allows at most {max} characters here ({length} now): shorten it by {excess}.</translation>
    </message>
    <message>
        <source>Descriptions of {recommended} characters or more sell better on {marketplace} ({length} now): add 3 to 5 selling points.</source>
        <translation>Descriptions of {recommended} characters or more sell better on {marketplace} ({length} now): add 3 to 5 selling points.</translation>
    </message>
    <message>
        <source>{marketplace} takes plain text only: remove HTML tags such as &lt;b&gt; or &lt;br&gt;.</source>
        <translation>{marketplace} takes plain text only: remove HTML tags such as &lt;b&gt; or &lt;br&gt;.</translation>
    </message>
    <message>
        <source>{marketplace} allows at most {max} hashtags ({count} now): remove {excess}.</source>
        <translation>{marketplace} allows at most {max} hashtags ({count} now): remove {excess}.</translation>
    </message>
    <message>
        <source>{marketplace} needs at least {min} photo(s) ({count} now): take or add more photos of the product.</source>
        <translation>{marketplace} needs at least {min} photo(s) ({count} now): take or add more photos of the product.</translation>
    </message>
    <message>
        <source>{marketplace} takes at most {max} photos ({count} now): only the first {max} are exported; put the best ones first or remove some.</source>
        <translation>{marketplace} takes at most {max} photos ({count} now): only the first {max} are exported; put the best ones first or remove some.</translation>
    </message>
    <message>
        <source>Photo {index} is {width}×{height} px; {marketplace} needs at least {min_width}×{min_height} px: retake it closer or at a higher resolution.</source>
        <translation>Photo {index} is {width}×{height} px; {marketplace} needs at least {min_width}×{min_height} px: retake it closer or at a higher resolution.</translation>
    </message>
    <message>
        <source>Photo {index} is {format}; {marketplace} accepts {formats}: import the photo again so it is converted.</source>
        <translation>Photo {index} is {format}; {marketplace} accepts {formats}: import the photo again so it is converted.</translation>
    </message>
    <message>
        <source>Photo {index} is {size_kb} KB; {marketplace} accepts at most {max_kb} KB: upload the copy from the export&apos;s foto folder (re-compressed to fit), not the original file.</source>
        <translation>Photo {index} is {size_kb} KB; {marketplace} accepts at most {max_kb} KB: upload the copy from the export&apos;s foto folder (re-compressed to fit), not the original file.</translation>
    </message>
    <message>
        <source>{marketplace} accepts {min} to {max} here ({value} now): correct the value.</source>
        <translation>{marketplace} accepts {min} to {max} here ({value} now): correct the value.</translation>
    </message>
    <message>
        <source>Enter the packed weight in grams: {marketplace} uses it for shipping costs.</source>
        <translation>Enter the packed weight in grams: {marketplace} uses it for shipping costs.</translation>
    </message>
    <message>
        <source>Package length, width and height must be more than 0 cm.</source>
        <translation>Package length, width and height must be more than 0 cm.</translation>
    </message>
    <message>
        <source>Enter the package length, width and height in cm: {marketplace} uses them for shipping costs.</source>
        <translation>Enter the package length, width and height in cm: {marketplace} uses them for shipping costs.</translation>
    </message>
    <message>
        <source>Use only letters, digits, dot, dash and underscore in the SKU (no spaces): photo files are named after it.</source>
        <translation>Use only letters, digits, dot, dash and underscore in the SKU (no spaces): photo files are named after it.</translation>
    </message>
    <message>
        <source>{marketplace} needs a brand: enter it, or &quot;No Brand&quot; if none.</source>
        <translation>{marketplace} needs a brand: enter it, or &quot;No Brand&quot; if none.</translation>
    </message>
    <message>
        <source>Choose a product category.</source>
        <translation>Choose a product category.</translation>
    </message>
    <message>
        <source>Choose the {marketplace} category for this product&apos;s category; otherwise fill the Category column in the sheet by hand.</source>
        <translation>Choose the {marketplace} category for this product&apos;s category; otherwise fill the Category column in the sheet by hand.</translation>
    </message>
    <message>
        <source>{marketplace} needs the shop&apos;s pickup-point code (Kode Toko/Gudang, e.g. PP-1234567) from the seller centre.</source>
        <translation>{marketplace} needs the shop&apos;s pickup-point code (Kode Toko/Gudang, e.g. PP-1234567) from the seller centre.</translation>
    </message>
    <message>
        <source>The pickup-point code &quot;{found}&quot; does not look like PP-1234567: copy it exactly from the seller centre.</source>
        <translation>The pickup-point code &quot;{found}&quot; does not look like PP-1234567: copy it exactly from the seller centre.</translation>
    </message>
    <message>
        <source>{text} is not an amount in rupiah. Type it like 1.500.000.</source>
        <translation>{text} is not an amount in rupiah. Type it like 1.500.000.</translation>
    </message>
    <message>
        <source>Type the amount in rupiah.</source>
        <translation>Type the amount in rupiah.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Type whole rupiah without cents, e.g. 1.500.000.</source>
        <translation>Type whole rupiah without cents, e.g. 1.500.000.</translation>
    </message>
    <message>
        <source>{text} is too large for an amount in rupiah. Check the zeros.</source>
        <translation>{text} is too large for an amount in rupiah. Check the zeros.</translation>
    </message>
    <message>
        <source>Type the NIB (13 digits).</source>
        <translation>Type the NIB (13 digits).</translation>
    </message>
    <message>
        <source>NIB may only contain digits.</source>
        <translation>NIB may only contain digits.</translation>
    </message>
    <message>
        <source>NIB must have 13 digits; {count} were typed.</source>
        <translation>NIB must have 13 digits; {count} were typed.</translation>
    </message>
    <message>
        <source>NIB cannot be all zeros.</source>
        <translation>NIB cannot be all zeros.</translation>
    </message>
    <message>
        <source>Type the NIK (16 digits).</source>
        <translation>Type the NIK (16 digits).</translation>
    </message>
    <message>
        <source>NIK may only contain digits.</source>
        <translation>NIK may only contain digits.</translation>
    </message>
    <message>
        <source>NIK must have 16 digits; {count} were typed.</source>
        <translation>NIK must have 16 digits; {count} were typed.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of the NIK ({digits}) are not a real birth date. Check the NIK on the card.</source>
        <translation>Digits 7 to 12 of the NIK ({digits}) are not a real birth date. Check the NIK on the card.</translation>
    </message>
    <message>
        <source>The last four digits of a NIK cannot be 0000. Check the NIK.</source>
        <translation>The last four digits of a NIK cannot be 0000. Check the NIK.</translation>
    </message>
    <message>
        <source>The first six digits of the NIK ({prefix}) are not a known kecamatan code. Check the NIK on the card.</source>
        <translation>The first six digits of the NIK ({prefix}) are not a known kecamatan code. Check the NIK on the card.</translation>
    </message>
    <message>
        <source>The NIK gives the birth date {nik_date}, but {typed_date} was typed. Check both against the card.</source>
        <translation>The NIK gives the birth date {nik_date}, but {typed_date} was typed. Check both against the card.</translation>
    </message>
    <message>
        <source>The NIK belongs to a woman (40 is added to the day of birth), but male was chosen. Check the NIK and the sex.</source>
        <translation>The NIK belongs to a woman (40 is added to the day of birth), but male was chosen. Check the NIK and the sex.</translation>
    </message>
    <message>
        <source>The NIK belongs to a man (for women 40 is added to the day of birth), but female was chosen. Check the NIK and the sex.</source>
        <translation>The NIK belongs to a man (for women 40 is added to the day of birth), but female was chosen. Check the NIK and the sex.</translation>
    </message>
    <message>
        <source>The NPWP {npwp} is not valid: one of its first nine digits is mistyped. Check it against the card.</source>
        <translation>The NPWP {npwp} is not valid: one of its first nine digits is mistyped. Check it against the card.</translation>
    </message>
    <message>
        <source>Type the NPWP (16 digits).</source>
        <translation>Type the NPWP (16 digits).</translation>
    </message>
    <message>
        <source>NPWP may only contain digits.</source>
        <translation>NPWP may only contain digits.</translation>
    </message>
    <message>
        <source>NPWP must have 16 digits (or 15 on an old card); {count} were typed.</source>
        <translation>NPWP must have 16 digits (or 15 on an old card); {count} were typed.</translation>
    </message>
    <message>
        <source>This 16-digit NPWP does not start with 0, so it should be the owner&apos;s NIK, but it does not look like a NIK. Check it.</source>
        <translation>This 16-digit NPWP does not start with 0, so it should be the owner&apos;s NIK, but it does not look like a NIK. Check it.</translation>
    </message>
    <message>
        <source>Type the NITKU (22 digits).</source>
        <translation>Type the NITKU (22 digits).</translation>
    </message>
    <message>
        <source>NITKU may only contain digits.</source>
        <translation>NITKU may only contain digits.</translation>
    </message>
    <message>
        <source>NITKU must have 22 digits (the 16-digit NPWP and 6 more); {count} were typed.</source>
        <translation>NITKU must have 22 digits (the 16-digit NPWP and 6 more); {count} were typed.</translation>
    </message>
    <message>
        <source>The first 16 digits of the NITKU are not a valid NPWP. Check it.</source>
        <translation>The first 16 digits of the NITKU are not a valid NPWP. Check it.</translation>
    </message>
    <message>
        <source>{phone} is not a valid phone number. Type it like 0812-3456-7890.</source>
        <translation>{phone} is not a valid phone number. Type it like 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Type the phone number, e.g. 0812-3456-7890.</source>
        <translation>Type the phone number, e.g. 0812-3456-7890.</translation>
    </message>
    <message>
        <source>This is not an Indonesian number. Marketplaces may need an Indonesian mobile number.</source>
        <translation>This is not an Indonesian number. Marketplaces may need an Indonesian mobile number.</translation>
    </message>
    <message>
        <source>This looks like a landline. A mobile number (08…) is needed for WhatsApp and marketplace accounts.</source>
        <translation>This looks like a landline. A mobile number (08…) is needed for WhatsApp and marketplace accounts.</translation>
    </message>
    <message>
        <source>The region code {region} is not in the form 31.74.01.1001.</source>
        <translation>The region code {region} is not in the form 31.74.01.1001.</translation>
    </message>
    <message>
        <source>The region code {region} is no longer in use. Choose the current region from the list.</source>
        <translation>The region code {region} is no longer in use. Choose the current region from the list.</translation>
    </message>
    <message>
        <source>There is no region with the code {region}.</source>
        <translation>There is no region with the code {region}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters, {count} typed.</source>
        <translation>Too long: at most {max} characters, {count} typed.</translation>
    </message>
    <message>
        <source>Too short: at least {min} characters.</source>
        <translation>Too short: at least {min} characters.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}): copy it again.</source>
        <translation>The file {name} cannot be read ({reason}): copy it again.</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; photos up to {max_mb} MB are accepted: choose a smaller photo or a lower camera resolution.</source>
        <translation>The file is {size_mb} MB; photos up to {max_mb} MB are accepted: choose a smaller photo or a lower camera resolution.</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): copy the photo again.</source>
        <translation>The file {name} is empty (0 bytes): copy the photo again.</translation>
    </message>
    <message>
        <source>The photo {name} is incomplete or damaged and cannot be read: copy it from the camera or phone again.</source>
        <translation>The photo {name} is incomplete or damaged and cannot be read: copy it from the camera or phone again.</translation>
    </message>
    <message>
        <source>The file {name} is not a photo (or is badly damaged): choose a JPEG, PNG or WebP photo.</source>
        <translation>The file {name} is not a photo (or is badly damaged): choose a JPEG, PNG or WebP photo.</translation>
    </message>
    <message>
        <source>The photo {name} is only {width}×{height} px; at least {min} px on the short side is needed: take the photo again at a normal size.</source>
        <translation>The photo {name} is only {width}×{height} px; at least {min} px on the short side is needed: take the photo again at a normal size.</translation>
    </message>
    <message>
        <source>{name} is a {format} file; only JPEG, PNG and WebP photos are accepted: save it as JPEG (on iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible).</source>
        <translation>{name} is a {format} file; only JPEG, PNG and WebP photos are accepted: save it as JPEG (on iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible).</translation>
    </message>
    <message>
        <source>The photo {name} has too many pixels ({megapixels} MP; at most {max_mp} MP): set the camera to a lower resolution such as 12 MP.</source>
        <translation>The photo {name} has too many pixels ({megapixels} MP; at most {max_mp} MP): set the camera to a lower resolution such as 12 MP.</translation>
    </message>
    <message>
        <source>The short edge is {short_edge} px; {marketplace} needs at least {min} px: retake the photo closer or at a higher resolution.</source>
        <translation>The short edge is {short_edge} px; {marketplace} needs at least {min} px: retake the photo closer or at a higher resolution.</translation>
    </message>
    <message>
        <source>The column {column} is not in the template and was ignored.</source>
        <translation>The column {column} is not in the template and was ignored.</translation>
    </message>
    <message>
        <source>The column {column} appears twice.</source>
        <translation>The column {column} appears twice.</translation>
    </message>
    <message>
        <source>Required columns are missing: {columns}. Start from the import template.</source>
        <translation>Required columns are missing: {columns}. Start from the import template.</translation>
    </message>
    <message>
        <source>The file has no rows of data below the header.</source>
        <translation>The file has no rows of data below the header.</translation>
    </message>
    <message>
        <source>The file has more than {max} rows. Split it into smaller files.</source>
        <translation>The file has more than {max} rows. Split it into smaller files.</translation>
    </message>
    <message>
        <source>No header row found: the first row must hold the column names of the template (Nama Usaha, Nama Pemilik, NIK, ...).</source>
        <translation>No header row found: the first row must hold the column names of the template (Nama Usaha, Nama Pemilik, NIK, ...).</translation>
    </message>
    <message>
        <source>The NIK is masked (****). Export with the full NIK, or type it from the card.</source>
        <translation>The NIK is masked (****). Export with the full NIK, or type it from the card.</translation>
    </message>
    <message>
        <source>{count} photo files are damaged (their content does not match their name), first {name}. Add those photos to their products again.</source>
        <translation>{count} photo files are damaged (their content does not match their name), first {name}. Add those photos to their products again.</translation>
    </message>
    <message>
        <source>{count} photos of products are missing from the photo store, first {name}. Add those photos to their products again.</source>
        <translation>{count} photos of products are missing from the photo store, first {name}. Add those photos to their products again.</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist yet; the application creates it when it first starts.</source>
        <translation>The data folder {folder} does not exist yet; the application creates it when it first starts.</translation>
    </message>
    <message>
        <source>There is no database in {folder} yet; the application creates it when it first starts.</source>
        <translation>There is no database in {folder} yet; the application creates it when it first starts.</translation>
    </message>
    <message>
        <source>{file} is not a database this application can read ({reason}).</source>
        <translation>{file} is not a database this application can read ({reason}).</translation>
    </message>
    <message>
        <source>The audit log was altered outside the application: {count} entries do not match the chain (first at entry {first}). Copy the data folder and report it to your supervisor.</source>
        <translation>The audit log was altered outside the application: {count} entries do not match the chain (first at entry {first}). Copy the data folder and report it to your supervisor.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of the application (schema {revision}). Install that version; this one will not open the database.</source>
        <translation>The database was written by a newer version of the application (schema {revision}). Install that version; this one will not open the database.</translation>
    </message>
    <message>
        <source>The database has schema {revision}; it is backed up and upgraded to {head} the next time the application opens it.</source>
        <translation>The database has schema {revision}; it is backed up and upgraded to {head} the next time the application opens it.</translation>
    </message>
    <message>
        <source>The database is damaged ({details}). Do not delete anything: copy the data folder and contact support; the backups folder holds older copies.</source>
        <translation>The database is damaged ({details}). Do not delete anything: copy the data folder and contact support; the backups folder holds older copies.</translation>
    </message>
    <message>
        <source>The database uses the {mode} journal instead of WAL; the application switches it back when it opens the database.</source>
        <translation>The database uses the {mode} journal instead of WAL; the application switches it back when it opens the database.</translation>
    </message>
    <message>
        <source>{count} changes were refused by the server and wait for the officer (quarantined or in conflict).</source>
        <translation>{count} changes were refused by the server and wait for the officer (quarantined or in conflict).</translation>
    </message>
    <message>
        <source>The cell has {count} characters; at most {max} are read.</source>
        <translation>The cell has {count} characters; at most {max} are read.</translation>
    </message>
    <message>
        <source>The cell holds a formula, which is never imported. Copy the column and paste it back as values only.</source>
        <translation>The cell holds a formula, which is never imported. Copy the column and paste it back as values only.</translation>
    </message>
    <message>
        <source>The spreadsheet stored {value} here, which cannot be a {column}. Format the column as Text and type the value again.</source>
        <translation>The spreadsheet stored {value} here, which cannot be a {column}. Format the column as Text and type the value again.</translation>
    </message>
    <message>
        <source>The {column} is stored as a number ({value}): spreadsheets keep only 15 digits of a number, so its last digits may be wrong. Format the column as Text and type the {column} again from the card.</source>
        <translation>The {column} is stored as a number ({value}): spreadsheets keep only 15 digits of a number, so its last digits may be wrong. Format the column as Text and type the {column} again from the card.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} is not a whole number.</translation>
    </message>
    <message>
        <source>{date} cannot be a birth date: check the year.</source>
        <translation>{date} cannot be a birth date: check the year.</translation>
    </message>
    <message>
        <source>{value} is not a date. Write it as DD-MM-YYYY, e.g. 15-05-1990.</source>
        <translation>{value} is not a date. Write it as DD-MM-YYYY, e.g. 15-05-1990.</translation>
    </message>
    <message>
        <source>Write L (male) or P (female); {value} was found.</source>
        <translation>Write L (male) or P (female); {value} was found.</translation>
    </message>
    <message>
        <source>{value} is not the code of a village: write the 10-digit code of the desa/kelurahan, e.g. 31.74.01.1001.</source>
        <translation>{value} is not the code of a village: write the 10-digit code of the desa/kelurahan, e.g. 31.74.01.1001.</translation>
    </message>
    <message>
        <source>Write Ya or Tidak; {value} is not understood.</source>
        <translation>Write Ya or Tidak; {value} is not understood.</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {value}: fix it in the file.</source>
        <translation>The cell shows the spreadsheet error {value}: fix it in the file.</translation>
    </message>
    <message>
        <source>The same NIK is already on row {first_row}. An import saves each NIK once: register another business of the same owner with the form.</source>
        <translation>The same NIK is already on row {first_row}. An import saves each NIK once: register another business of the same owner with the form.</translation>
    </message>
    <message>
        <source>The same NIB is already on row {first_row}.</source>
        <translation>The same NIB is already on row {first_row}.</translation>
    </message>
    <message>
        <source>The same phone number is already on row {first_row}.</source>
        <translation>The same phone number is already on row {first_row}.</translation>
    </message>
    <message>
        <source>A business with the same name in the same village is already on row {first_row}.</source>
        <translation>A business with the same name in the same village is already on row {first_row}.</translation>
    </message>
    <message>
        <source>This NIK is already registered ({business}). Imports do not save duplicates: register another business of the same owner with the form.</source>
        <translation>This NIK is already registered ({business}). Imports do not save duplicates: register another business of the same owner with the form.</translation>
    </message>
    <message>
        <source>This NIB is already registered ({business}). Imports do not save duplicates: check it with the form.</source>
        <translation>This NIB is already registered ({business}). Imports do not save duplicates: check it with the form.</translation>
    </message>
    <message>
        <source>This phone number is already registered ({business}). Imports do not save duplicates: check it with the form.</source>
        <translation>This phone number is already registered ({business}). Imports do not save duplicates: check it with the form.</translation>
    </message>
    <message>
        <source>A business with the same name is already registered in this village ({business}). Imports do not save duplicates: check it with the form.</source>
        <translation>A business with the same name is already registered in this village ({business}). Imports do not save duplicates: check it with the form.</translation>
    </message>
    <message>
        <source>Another product in this export already uses SKU {sku}: give each product its own SKU (photo files are named after it).</source>
        <translation>Another product in this export already uses SKU {sku}: give each product its own SKU (photo files are named after it).</translation>
    </message>
    <message>
        <source>Photo {index} is missing or damaged in the photo store: add the photo again.</source>
        <translation>Photo {index} is missing or damaged in the photo store: add the photo again.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}). Open it in Excel and save it again as .xlsx (Excel Workbook) or CSV UTF-8.</source>
        <translation>The file could not be read ({reason}). Open it in Excel and save it again as .xlsx (Excel Workbook) or CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is {size} MB; at most {max} MB can be imported at once. Split it into smaller files.</source>
        <translation>The file is {size} MB; at most {max} MB can be imported at once. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be imported. In Excel choose Save As and pick Excel Workbook (.xlsx) or CSV UTF-8.</source>
        <translation>Only .xlsx and .csv files can be imported. In Excel choose Save As and pick Excel Workbook (.xlsx) or CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Windows text (cp1252). Check names with accents, or save the file from Excel as CSV UTF-8.</source>
        <translation>The file is not UTF-8 text; it was read as Windows text (cp1252). Check names with accents, or save the file from Excel as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Type the date of birth as DD-MM-YYYY, e.g. 15-05-1990.</source>
        <translation>Type the date of birth as DD-MM-YYYY, e.g. 15-05-1990.</translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation>Enter the product name.</translation>
    </message>
    <message>
        <source>The price cannot be below Rp0.</source>
        <translation>The price cannot be below Rp0.</translation>
    </message>
    <message>
        <source>The stock cannot be below 0.</source>
        <translation>The stock cannot be below 0.</translation>
    </message>
    <message>
        <source>Choose a product category from the list.</source>
        <translation>Choose a product category from the list.</translation>
    </message>
    <message>
        <source>A product can have at most {max} photos ({count} now): remove some.</source>
        <translation>A product can have at most {max} photos ({count} now): remove some.</translation>
    </message>
    <message>
        <source>Photo {index} is no longer on this laptop: add it again.</source>
        <translation>Photo {index} is no longer on this laptop: add it again.</translation>
    </message>
    <message>
        <source>Another product of this business already uses the SKU {sku}: choose a different one.</source>
        <translation>Another product of this business already uses the SKU {sku}: choose a different one.</translation>
    </message>
    <message>
        <source>This business was deleted: restore it first.</source>
        <translation>This business was deleted: restore it first.</translation>
    </message>
    <message>
        <source>Type the business&apos;s KBLI code before issuing.</source>
        <translation>Type the business&apos;s KBLI code before issuing.</translation>
    </message>
    <message>
        <source>The business&apos;s village is not a current region: correct it first.</source>
        <translation>The business&apos;s village is not a current region: correct it first.</translation>
    </message>
    <message>
        <source>This business already has certificate {number}: print it again, or revoke it and issue a new one.</source>
        <translation>This business already has certificate {number}: print it again, or revoke it and issue a new one.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Say why the certificate is revoked.</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked.</source>
        <translation>Certificate {number} is already revoked.</translation>
    </message>
    <message>
        <source>Type the NIP (18 digits).</source>
        <translation>Type the NIP (18 digits).</translation>
    </message>
    <message>
        <source>NIP may only contain digits.</source>
        <translation>NIP may only contain digits.</translation>
    </message>
    <message>
        <source>NIP must have 18 digits; {count} were typed.</source>
        <translation>NIP must have 18 digits; {count} were typed.</translation>
    </message>
    <message>
        <source>The first eight digits of the NIP ({digits}) are not a real birth date (YYYYMMDD).</source>
        <translation>The first eight digits of the NIP ({digits}) are not a real birth date (YYYYMMDD).</translation>
    </message>
    <message>
        <source>Digits 9 to 14 of the NIP ({digits}) are not a real month of appointment (YYYYMM).</source>
        <translation>Digits 9 to 14 of the NIP ({digits}) are not a real month of appointment (YYYYMM).</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP must be 1 (man) or 2 (woman), not {digit}.</source>
        <translation>Digit 15 of the NIP must be 1 (man) or 2 (woman), not {digit}.</translation>
    </message>
    <message>
        <source>The last three digits of a NIP cannot be 000.</source>
        <translation>The last three digits of a NIP cannot be 000.</translation>
    </message>
    <message>
        <source>The NIP gives an appointment ({month}) before the birth date.</source>
        <translation>The NIP gives an appointment ({month}) before the birth date.</translation>
    </message>
    <message>
        <source>The NIP gives an appointment ({month}) before the officer&apos;s 18th birthday. Check the NIP on the SK.</source>
        <translation>The NIP gives an appointment ({month}) before the officer&apos;s 18th birthday. Check the NIP on the SK.</translation>
    </message>
    <message>
        <source>The NIP gives an appointment ({month}) in the future. Check the NIP.</source>
        <translation>The NIP gives an appointment ({month}) in the future. Check the NIP.</translation>
    </message>
    <message>
        <source>The NIP gives the birth date {nip_date}, but {typed_date} was typed.</source>
        <translation>The NIP gives the birth date {nip_date}, but {typed_date} was typed.</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP does not match the sex typed for the officer.</source>
        <translation>Digit 15 of the NIP does not match the sex typed for the officer.</translation>
    </message>
    <message>
        <source>Type the officer&apos;s name.</source>
        <translation>Type the officer&apos;s name.</translation>
    </message>
    <message>
        <source>A name has at most {count} characters.</source>
        <translation>A name has at most {count} characters.</translation>
    </message>
    <message>
        <source>Type a username without spaces (at most {count} characters).</source>
        <translation>Type a username without spaces (at most {count} characters).</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <source>The username {username} is already used.</source>
        <translation>The username {username} is already used.</translation>
    </message>
    <message>
        <source>Another officer already has the NIP {nip}.</source>
        <translation>Another officer already has the NIP {nip}.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This is not a handover file.</source>
        <translation>This is not a handover file.</translation>
    </message>
    <message>
        <source>This handover file comes from another office: only a laptop of the same office can send its changes.</source>
        <translation>This handover file comes from another office: only a laptop of the same office can send its changes.</translation>
    </message>
    <message>
        <source>A photo in the file is damaged.</source>
        <translation>A photo in the file is damaged.</translation>
    </message>
    <message>
        <source>The handover file is damaged.</source>
        <translation>The handover file is damaged.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed after it was written.</source>
        <translation>Wrong passphrase, or the file was changed after it was written.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Changed at the central office</source>
        <translation>Changed at the central office</translation>
    </message>
    <message>
        <source>business name</source>
        <translation>business name</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>NITKU</source>
        <translation>NITKU</translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <source>KBLI version</source>
        <translation>KBLI version</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postal code</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>capital</translation>
    </message>
    <message>
        <source>annual sales</source>
        <translation>annual sales</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>(unknown officer)</source>
        <translation>(unknown officer)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Close history</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Close this window</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>ListingQueue</name>
    <message>
        <source>Reason given by the marketplace:</source>
        <translation>Reason given by the marketplace:</translation>
    </message>
    <message>
        <source>Fix these before the listing can be queued:</source>
        <translation>Fix these before the listing can be queued:</translation>
    </message>
    <message>
        <source>Worth improving (does not block):</source>
        <translation>Worth improving (does not block):</translation>
    </message>
    <message>
        <source>Every check of this marketplace passes.</source>
        <translation>Every check of this marketplace passes.</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>All marketplaces</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Choose a listing to see its checks.</source>
        <translation>Choose a listing to see its checks.</translation>
    </message>
    <message>
        <source>Queued for sync: {queued}.</source>
        <translation>Queued for sync: {queued}.</translation>
    </message>
    <message>
        <source>Back to draft because a check now fails: {count}.</source>
        <translation>Back to draft because a check now fails: {count}.</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Not done: {error}</translation>
    </message>
    <message>
        <source>Listing rejected</source>
        <translation>Listing rejected</translation>
    </message>
    <message>
        <source>Why did the marketplace reject it? (copy its message)</source>
        <translation>Why did the marketplace reject it? (copy its message)</translation>
    </message>
    <message>
        <source>Save reason</source>
        <translation>Save reason</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Nothing to export: add products first.</source>
        <translation>Nothing to export: add products first.</translation>
    </message>
    <message>
        <source>{marketplace}: {rows} product(s), {skipped} left out</source>
        <translation>{marketplace}: {rows} product(s), {skipped} left out</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>Exported to {folder}.</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Show marketplace</source>
        <translation>Show marketplace</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Show state</source>
        <translation>Show state</translation>
    </message>
    <message>
        <source>Whole drive</source>
        <translation>Whole drive</translation>
    </message>
    <message>
        <source>Show the whole drive</source>
        <translation>Show the whole drive</translation>
    </message>
    <message>
        <source>Show the listings of every business of the drive, not only the chosen business</source>
        <translation>Show the listings of every business of the drive, not only the chosen business</translation>
    </message>
    <message>
        <source>Queue all &amp;ready</source>
        <translation>Queue all &amp;ready</translation>
    </message>
    <message>
        <source>Queue all ready</source>
        <translation>Queue all ready</translation>
    </message>
    <message>
        <source>Check every ready listing shown again and queue it for sync</source>
        <translation>Check every ready listing shown again and queue it for sync</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Problems and how to fix them</source>
        <translation>Problems and how to fix them</translation>
    </message>
    <message>
        <source>Values for this marketplace</source>
        <translation>Values for this marketplace</translation>
    </message>
    <message>
        <source>Marketplace category ID</source>
        <translation>Marketplace category ID</translation>
    </message>
    <message>
        <source>From the seller centre, e.g. 100629</source>
        <translation>From the seller centre, e.g. 100629</translation>
    </message>
    <message>
        <source>Pickup-point code</source>
        <translation>Pickup-point code</translation>
    </message>
    <message>
        <source>Blibli only, e.g. PP-1234567</source>
        <translation>Blibli only, e.g. PP-1234567</translation>
    </message>
    <message>
        <source>Apply and check again</source>
        <translation>Apply and check again</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Mark &amp;submitted</source>
        <translation>Mark &amp;submitted</translation>
    </message>
    <message>
        <source>Mark submitted</source>
        <translation>Mark submitted</translation>
    </message>
    <message>
        <source>Mark &amp;live</source>
        <translation>Mark &amp;live</translation>
    </message>
    <message>
        <source>Mark live</source>
        <translation>Mark live</translation>
    </message>
    <message>
        <source>Mark re&amp;jected…</source>
        <translation>Mark re&amp;jected…</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Mark rejected</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Export this &amp;business</source>
        <translation>Export this &amp;business</translation>
    </message>
    <message>
        <source>Export this business</source>
        <translation>Export this business</translation>
    </message>
    <message>
        <source>Write a bulk-upload workbook and photo folder for each active marketplace</source>
        <translation>Write a bulk-upload workbook and photo folder for each active marketplace</translation>
    </message>
    <message>
        <source>Export the whole dri&amp;ve</source>
        <translation>Export the whole dri&amp;ve</translation>
    </message>
    <message>
        <source>Export the whole drive</source>
        <translation>Export the whole drive</translation>
    </message>
</context>
<context>
    <name>ListingState</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ListingTableModel</name>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>GoOnline Desktop is locked</source>
        <translation>GoOnline Desktop is locked</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Only {name} or a supervisor can unlock this window.</source>
        <translation>Only {name} or a supervisor can unlock this window.</translation>
    </message>
    <message>
        <source>The data of this window is hidden. {name}, type your password to go on; a supervisor may unlock it too.</source>
        <translation>The data of this window is hidden. {name}, type your password to go on; a supervisor may unlock it too.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — GoOnline Desktop</source>
        <translation>Log in — GoOnline Desktop</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>GoOnline Desktop</source>
        <translation>GoOnline Desktop</translation>
    </message>
    <message>
        <source>Log in with your username and password. The registrations on this laptop are encrypted; they open only with an officer&apos;s password.</source>
        <translation>Log in with your username and password. The registrations on this laptop are encrypted; they open only with an officer&apos;s password.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Forgot your password?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Ask your supervisor: a supervisor can set a new password for you on this laptop. A supervisor who lost every password can open the data with the recovery code written down at setup, and choose a new password here.</source>
        <translation>Ask your supervisor: a supervisor can set a new password for you on this laptop. A supervisor who lost every password can open the data with the recovery code written down at setup, and choose a new password here.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;username:</source>
        <translation>Supervisor&apos;s &amp;username:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s username</source>
        <translation>Supervisor&apos;s username</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>New password a&amp;gain:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Set new password</translation>
    </message>
    <message>
        <source>Set new password with recovery code</source>
        <translation>Set new password with recovery code</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The key file {file} cannot be read: {reason}</source>
        <translation>The key file {file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Too many wrong passwords. You can try again in {seconds} seconds.</source>
        <translation>Too many wrong passwords. You can try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s username and the recovery code.</source>
        <translation>Type the supervisor&apos;s username and the recovery code.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type it again.</source>
        <translation>The two passwords are not the same. Type it again.</translation>
    </message>
    <message>
        <source>The recovery code or the username is wrong. Check every character.</source>
        <translation>The recovery code or the username is wrong. Check every character.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections and content</source>
        <translation>Sections and content</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys</source>
        <translation>Choose a section with the arrow keys</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Products &amp; listings</source>
        <translation>Products &amp; listings</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Section content</translation>
    </message>
    <message>
        <source>What is stored on this laptop now. Nothing here is an estimate: the figures are counted from the data.</source>
        <translation>What is stored on this laptop now. Nothing here is an estimate: the figures are counted from the data.</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <source>Businesses registered:</source>
        <translation>Businesses registered:</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>Changes waiting to be sent:</translation>
    </message>
    <message>
        <source>Changes refused by the server:</source>
        <translation>Changes refused by the server:</translation>
    </message>
    <message>
        <source>Registering businesses, product photos, listings, certificates and sending to the central server each get their own screen in the sections on the left as they are finished.</source>
        <translation>Registering businesses, product photos, listings, certificates and sending to the central server each get their own screen in the sections on the left as they are finished.</translation>
    </message>
    <message>
        <source>Change &amp;drive… (Ctrl+D)</source>
        <translation>Change &amp;drive… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Change the registration drive</source>
        <translation>Change the registration drive</translation>
    </message>
    <message>
        <source>&amp;New registration (Ctrl+N)</source>
        <translation>&amp;New registration (Ctrl+N)</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>The list for searching and opening registered businesses comes in a next version. New registrations are saved on this laptop and counted above.</source>
        <translation>The list for searching and opening registered businesses comes in a next version. New registrations are saved on this laptop and counted above.</translation>
    </message>
    <message>
        <source>Product photos and marketplace listings are being built and come in a next version. There is nothing to show here yet.</source>
        <translation>Product photos and marketplace listings are being built and come in a next version. There is nothing to show here yet.</translation>
    </message>
    <message>
        <source>Printing onboarding certificates from this screen is being built and comes in a next version. There is nothing to show here yet.</source>
        <translation>Printing onboarding certificates from this screen is being built and comes in a next version. There is nothing to show here yet.</translation>
    </message>
    <message>
        <source>Sending to the central server is being built and comes in a next version. Until then every change stays safely on this laptop, waiting to be sent.</source>
        <translation>Sending to the central server is being built and comes in a next version. Until then every change stays safely on this laptop, waiting to be sent.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language applies at once, to every screen.</source>
        <translation>A new language applies at once, to every screen.</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Database schema:</translation>
    </message>
    <message>
        <source>Program version:</source>
        <translation>Program version:</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Change my pass&amp;word…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Change the password you log in with</source>
        <translation>Change the password you log in with</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Officers…</translation>
    </message>
    <message>
        <source>Manage officers</source>
        <translation>Manage officers</translation>
    </message>
    <message>
        <source>Add officers, reset their passwords, deactivate them (supervisors only)</source>
        <translation>Add officers, reset their passwords, deactivate them (supervisors only)</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>A&amp;udit log…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Who changed what, when; verify and export the log (supervisors only)</source>
        <translation>Who changed what, when; verify and export the log (supervisors only)</translation>
    </message>
    <message>
        <source>Server: not set up</source>
        <translation>Server: not set up</translation>
    </message>
    <message>
        <source>Never sent yet</source>
        <translation>Never sent yet</translation>
    </message>
    <message>
        <source>Last sent {when}</source>
        <translation>Last sent {when}</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} need attention</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <source>Schema {revision}</source>
        <translation>Schema {revision}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Registration drive</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>Businesses stored on this laptop: {count}</source>
        <translation>Businesses stored on this laptop: {count}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Changes waiting to be sent: {count}</translation>
    </message>
    <message>
        <source>{businesses} businesses · {pending} waiting to be sent</source>
        <translation>{businesses} businesses · {pending} waiting to be sent</translation>
    </message>
</context>
<context>
    <name>MarketplaceExport</name>
    <message>
        <source>Columns follow {template}, version {version} (transcribed {date}).</source>
        <translation>Columns follow {template}, version {version} (transcribed {date}).</translation>
    </message>
    <message>
        <source>Checked against the template published by {marketplace}.</source>
        <translation>Checked against the template published by {marketplace}.</translation>
    </message>
    <message>
        <source>UNVERIFIED: not checked against a template downloaded from {marketplace}. Copy the rows into the template you download from {marketplace} today and check each column header.</source>
        <translation>UNVERIFIED: not checked against a template downloaded from {marketplace}. Copy the rows into the template you download from {marketplace} today and check each column header.</translation>
    </message>
</context>
<context>
    <name>MsmeScale</name>
    <message>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Large (not an UMKM)</source>
        <translation>Large (not an UMKM)</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>This officer no longer exists.</source>
        <translation>This officer no longer exists.</translation>
    </message>
    <message>
        <source>You cannot deactivate or reset your own account. Use Change my password, or ask another supervisor.</source>
        <translation>You cannot deactivate or reset your own account. Use Change my password, or ask another supervisor.</translation>
    </message>
    <message>
        <source>This officer has no login on this laptop; add one as a new officer.</source>
        <translation>This officer has no login on this laptop; add one as a new officer.</translation>
    </message>
    <message>
        <source>This officer is deactivated; reactivate them with a new password.</source>
        <translation>This officer is deactivated; reactivate them with a new password.</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Field officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>That username is already used by another officer.</source>
        <translation>That username is already used by another officer.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>The change could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation>Active (you)</translation>
    </message>
    <message>
        <source>Active, no login on this laptop</source>
        <translation>Active, no login on this laptop</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Check the NIP</source>
        <translation>Check the NIP</translation>
    </message>
    <message>
        <source>{warnings}

Save this officer anyway?</source>
        <translation>{warnings}

Save this officer anyway?</translation>
    </message>
    <message>
        <source>{name} was added and can log in as {username}.</source>
        <translation>{name} was added and can log in as {username}.</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in on this laptop. Their past work stays attributed to them; you can reactivate them later with a new password.</source>
        <translation>Deactivate {name}? They can no longer log in on this laptop. Their past work stays attributed to them; you can reactivate them later with a new password.</translation>
    </message>
    <message>
        <source>{name} was deactivated.</source>
        <translation>{name} was deactivated.</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <source>For an officer who forgot their password. Tell them the new one in person and ask them to change it after logging in.</source>
        <translation>For an officer who forgot their password. Tell them the new one in person and ask them to change it after logging in.</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>Reactivate {name}</translation>
    </message>
    <message>
        <source>The officer can log in again with this new password. Tell it to them in person and ask them to change it after logging in.</source>
        <translation>The officer can log in again with this new password. Tell it to them in person and ask them to change it after logging in.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. Your data stays as it is; only the password that opens it changes.</source>
        <translation>Type your current password, then the new one twice. Your data stays as it is; only the password that opens it changes.</translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation>{name} has a new password.</translation>
    </message>
    <message>
        <source>{name} was reactivated.</source>
        <translation>{name} was reactivated.</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Your password was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Officers of this office</source>
        <translation>Officers of this office</translation>
    </message>
    <message>
        <source>Officers log in on this laptop with their username and password. A deactivated officer can no longer log in; what they did stays attributed to them.</source>
        <translation>Officers log in on this laptop with their username and password. A deactivated officer can no longer log in; what they did stays attributed to them.</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Add officer…</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Add an officer who can log in on this laptop</source>
        <translation>Add an officer who can log in on this laptop</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give the chosen officer a new password</source>
        <translation>Give the chosen officer a new password</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Deactivate officer</source>
        <translation>Deactivate officer</translation>
    </message>
    <message>
        <source>The chosen officer can no longer log in</source>
        <translation>The chosen officer can no longer log in</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Re&amp;activate…</translation>
    </message>
    <message>
        <source>Reactivate officer</source>
        <translation>Reactivate officer</translation>
    </message>
    <message>
        <source>Let the chosen officer log in again, with a new password</source>
        <translation>Let the chosen officer log in again, with a new password</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Add an officer</translation>
    </message>
    <message>
        <source>The officer logs in with this username and password. Tell them the password in person and ask them to change it.</source>
        <translation>The officer logs in with this username and password. Tell them the password in person and ask them to change it.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>18 digits; leave empty if the officer has none</source>
        <translation>18 digits; leave empty if the officer has none</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Field officer (petugas)</source>
        <translation>Field officer (petugas)</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Password a&amp;gain:</translation>
    </message>
    <message>
        <source>Initial password again</source>
        <translation>Initial password again</translation>
    </message>
    <message>
        <source>&amp;Save officer</source>
        <translation>&amp;Save officer</translation>
    </message>
    <message>
        <source>Save officer</source>
        <translation>Save officer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel adding an officer</source>
        <translation>Cancel adding an officer</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>New password a&amp;gain:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Save password</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Save password</translation>
    </message>
    <message>
        <source>Cancel the password change</source>
        <translation>Cancel the password change</translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>Change &amp;my password…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close officers</source>
        <translation>Close officers</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Only a supervisor may export full NIKs.</source>
        <translation>Only a supervisor may export full NIKs.</translation>
    </message>
    <message>
        <source>Only a supervisor may delete or restore a record.</source>
        <translation>Only a supervisor may delete or restore a record.</translation>
    </message>
    <message>
        <source>Only a supervisor may reset another officer&apos;s password.</source>
        <translation>Only a supervisor may reset another officer&apos;s password.</translation>
    </message>
    <message>
        <source>Only a supervisor may add officers or change their role.</source>
        <translation>Only a supervisor may add officers or change their role.</translation>
    </message>
    <message>
        <source>Only a supervisor may revoke a certificate.</source>
        <translation>Only a supervisor may revoke a certificate.</translation>
    </message>
    <message>
        <source>Only a supervisor may view or export the audit log.</source>
        <translation>Only a supervisor may view or export the audit log.</translation>
    </message>
    <message>
        <source>Only a supervisor may hand over or erase the data of a revoked laptop.</source>
        <translation>Only a supervisor may hand over or erase the data of a revoked laptop.</translation>
    </message>
</context>
<context>
    <name>ProductDrafts</name>
    <message>
        <source>no name typed yet</source>
        <translation>no name typed yet</translation>
    </message>
    <message>
        <source>Changes to the product {name} were not saved the last time. Continue them now?

If you answer No, the saved product is shown and the changes stay kept until you change it again.</source>
        <translation>Changes to the product {name} were not saved the last time. Continue them now?

If you answer No, the saved product is shown and the changes stay kept until you change it again.</translation>
    </message>
    <message>
        <source>A new product was not saved the last time ({name}). Continue it now?

If you answer No, it stays kept and is offered again later.</source>
        <translation>A new product was not saved the last time ({name}). Continue it now?

If you answer No, it stays kept and is offered again later.</translation>
    </message>
    <message>
        <source>Unsaved product</source>
        <translation>Unsaved product</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Throw away what was typed in this product ({name})?</source>
        <translation>Throw away what was typed in this product ({name})?</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product photos</source>
        <translation>Product photos</translation>
    </message>
    <message>
        <source>— choose a category —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (closed)</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Main photo</translation>
    </message>
    <message>
        <source>{count} photo(s) of the unsaved product are no longer on this laptop.</source>
        <translation>{count} photo(s) of the unsaved product are no longer on this laptop.</translation>
    </message>
    <message>
        <source>Wait until the photos are imported, then save.</source>
        <translation>Wait until the photos are imported, then save.</translation>
    </message>
    <message>
        <source>Someone changed this product meanwhile: open it again to see the changes.</source>
        <translation>Someone changed this product meanwhile: open it again to see the changes.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The product was not saved: {error}</source>
        <translation>The product was not saved: {error}</translation>
    </message>
    <message>
        <source>{marketplace}: {state}, {count} problem(s) to fix</source>
        <translation>{marketplace}: {state}, {count} problem(s) to fix</translation>
    </message>
    <message>
        <source>{marketplace}: {state}</source>
        <translation>{marketplace}: {state}</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <source>Delete {name}? Its listings stop too.</source>
        <translation>Delete {name}? Its listings stop too.</translation>
    </message>
    <message>
        <source>Choose product photos</source>
        <translation>Choose product photos</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <source>Preparing photos…</source>
        <translation>Preparing photos…</translation>
    </message>
    <message>
        <source>{name} could not be added: {error}</source>
        <translation>{name} could not be added: {error}</translation>
    </message>
    <message>
        <source>Photos added: {count}.</source>
        <translation>Photos added: {count}.</translation>
    </message>
    <message>
        <source>The clipboard holds no photo: copy a photo first.</source>
        <translation>The clipboard holds no photo: copy a photo first.</translation>
    </message>
    <message>
        <source>Photo {index} of {count}</source>
        <translation>Photo {index} of {count}</translation>
    </message>
    <message>
        <source>Photos (the first one is the main photo)</source>
        <translation>Photos (the first one is the main photo)</translation>
    </message>
    <message>
        <source>Add from &amp;files…</source>
        <translation>Add from &amp;files…</translation>
    </message>
    <message>
        <source>Add photos from files</source>
        <translation>Add photos from files</translation>
    </message>
    <message>
        <source>Choose one or more photos; you can also drag them here from the file manager</source>
        <translation>Choose one or more photos; you can also drag them here from the file manager</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Camera…</translation>
    </message>
    <message>
        <source>Take photos with the camera</source>
        <translation>Take photos with the camera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>Paste a photo from the clipboard</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Move left</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Move right</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Make main photo</source>
        <translation>Make main photo</translation>
    </message>
    <message>
        <source>View large</source>
        <translation>View large</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>e.g. Keripik Singkong Pedas Manis 250 g</source>
        <translation>e.g. Keripik Singkong Pedas Manis 250 g</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Leave empty to get one automatically</source>
        <translation>Leave empty to get one automatically</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Price in rupiah</source>
        <translation>Price in rupiah</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Packed weight</source>
        <translation>Packed weight</translation>
    </message>
    <message>
        <source>Packed weight in grams</source>
        <translation>Packed weight in grams</translation>
    </message>
    <message>
        <source>Package length</source>
        <translation>Package length</translation>
    </message>
    <message>
        <source>Package length in centimetres</source>
        <translation>Package length in centimetres</translation>
    </message>
    <message>
        <source>Package width</source>
        <translation>Package width</translation>
    </message>
    <message>
        <source>Package width in centimetres</source>
        <translation>Package width in centimetres</translation>
    </message>
    <message>
        <source>Package height</source>
        <translation>Package height</translation>
    </message>
    <message>
        <source>Package height in centimetres</source>
        <translation>Package height in centimetres</translation>
    </message>
    <message>
        <source>Sell on</source>
        <translation>Sell on</translation>
    </message>
    <message>
        <source>Marketplaces to sell on</source>
        <translation>Marketplaces to sell on</translation>
    </message>
    <message>
        <source>Tick the marketplaces where this product should be listed</source>
        <translation>Tick the marketplaces where this product should be listed</translation>
    </message>
    <message>
        <source>Description (plain text; say what it is made of, size, taste, how long it keeps)</source>
        <translation>Description (plain text; say what it is made of, size, taste, how long it keeps)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>&amp;Delete product</source>
        <translation>&amp;Delete product</translation>
    </message>
    <message>
        <source>D&amp;iscard changes</source>
        <translation>D&amp;iscard changes</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <source>Throw away what was changed since the product was last saved</source>
        <translation>Throw away what was changed since the product was last saved</translation>
    </message>
    <message>
        <source>&amp;Save product</source>
        <translation>&amp;Save product</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Save product</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>All drives</source>
        <translation>All drives</translation>
    </message>
    <message>
        <source>{name} ({count} products)</source>
        <translation>{name} ({count} products)</translation>
    </message>
    <message>
        <source>No businesses yet: register one first</source>
        <translation>No businesses yet: register one first</translation>
    </message>
    <message>
        <source>{name}
{price} · {photos} photo(s)</source>
        <translation>{name}
{price} · {photos} photo(s)</translation>
    </message>
    <message>
        <source>Products: {count}</source>
        <translation>Products: {count}</translation>
    </message>
    <message>
        <source>Drive:</source>
        <translation>Drive:</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Registration drive</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Products and listing queue</source>
        <translation>Products and listing queue</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Products of the business</source>
        <translation>Products of the business</translation>
    </message>
    <message>
        <source>Listing queue</source>
        <translation>Listing queue</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Type to filter</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <source>Show the consent text (version {version}) to the owner before ticking the box.</source>
        <translation>Show the consent text (version {version}) to the owner before ticking the box.</translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation>Edit registration</translation>
    </message>
    <message>
        <source>from capital</source>
        <translation>from capital</translation>
    </message>
    <message>
        <source>from annual sales</source>
        <translation>from annual sales</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save.</source>
        <translation>Fix the fields marked in red, then save.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Throw away what was typed in this registration?</source>
        <translation>Throw away what was typed in this registration?</translation>
    </message>
    <message>
        <source>Please check with the owner:

{lines}

Save anyway?</source>
        <translation>Please check with the owner:

{lines}

Save anyway?</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Check before saving</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>This business was changed elsewhere meanwhile (now version {version}). Your changes are kept as a draft; open the business again to see the newer version.</source>
        <translation>This business was changed elsewhere meanwhile (now version {version}). Your changes are kept as a draft; open the business again to see the newer version.</translation>
    </message>
    <message>
        <source>The business could not be saved: {reason}. What you typed is kept as a draft.</source>
        <translation>The business could not be saved: {reason}. What you typed is kept as a draft.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Registration form</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;name:</source>
        <translation>Owner&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>As written on the KTP</source>
        <translation>As written on the KTP</translation>
    </message>
    <message>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>&amp;Find village:</source>
        <translation>&amp;Find village:</translation>
    </message>
    <message>
        <source>Find village by name</source>
        <translation>Find village by name</translation>
    </message>
    <message>
        <source>Type a village or kelurahan name</source>
        <translation>Type a village or kelurahan name</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/&amp;kota:</source>
        <translation>Kabupaten/&amp;kota:</translation>
    </message>
    <message>
        <source>Kabupaten or kota</source>
        <translation>Kabupaten or kota</translation>
    </message>
    <message>
        <source>Kecama&amp;tan:</source>
        <translation>Kecama&amp;tan:</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>&amp;Desa/kelurahan:</source>
        <translation>&amp;Desa/kelurahan:</translation>
    </message>
    <message>
        <source>Desa or kelurahan</source>
        <translation>Desa or kelurahan</translation>
    </message>
    <message>
        <source>S&amp;treet address:</source>
        <translation>S&amp;treet address:</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Street, number, RT/RW</source>
        <translation>Street, number, RT/RW</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>Postal c&amp;ode:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>B&amp;usiness name:</source>
        <translation>B&amp;usiness name:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>e.g. Keripik Singkong Bu Sri</source>
        <translation>e.g. Keripik Singkong Bu Sri</translation>
    </message>
    <message>
        <source>Sect&amp;or:</source>
        <translation>Sect&amp;or:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>e.g. snacks, batik, coffee</source>
        <translation>e.g. snacks, batik, coffee</translation>
    </message>
    <message>
        <source>KB&amp;LI:</source>
        <translation>KB&amp;LI:</translation>
    </message>
    <message>
        <source>KBLI code</source>
        <translation>KBLI code</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>KBLI version</source>
        <translation>KBLI version</translation>
    </message>
    <message>
        <source>N&amp;IB:</source>
        <translation>N&amp;IB:</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>13 digits, if the business has one</source>
        <translation>13 digits, if the business has one</translation>
    </message>
    <message>
        <source>NP&amp;WP:</source>
        <translation>NP&amp;WP:</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>15 or 16 digits, if any</source>
        <translation>15 or 16 digits, if any</translation>
    </message>
    <message>
        <source>NITK&amp;U:</source>
        <translation>NITK&amp;U:</translation>
    </message>
    <message>
        <source>NITKU</source>
        <translation>NITKU</translation>
    </message>
    <message>
        <source>22 digits, branches only</source>
        <translation>22 digits, branches only</translation>
    </message>
    <message>
        <source>&amp;Capital:</source>
        <translation>&amp;Capital:</translation>
    </message>
    <message>
        <source>Capital excluding land and buildings</source>
        <translation>Capital excluding land and buildings</translation>
    </message>
    <message>
        <source>Rp, excluding land and buildings</source>
        <translation>Rp, excluding land and buildings</translation>
    </message>
    <message>
        <source>Annual s&amp;ales:</source>
        <translation>Annual s&amp;ales:</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Annual sales</translation>
    </message>
    <message>
        <source>Rp per year</source>
        <translation>Rp per year</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Employees:</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>number of workers</source>
        <translation>number of workers</translation>
    </message>
    <message>
        <source>Consent (UU 27/2022)</source>
        <translation>Consent (UU 27/2022)</translation>
    </message>
    <message>
        <source>The owner a&amp;grees to the processing of personal data</source>
        <translation>The owner a&amp;grees to the processing of personal data</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>Owner&apos;s consent</translation>
    </message>
    <message>
        <source>S&amp;how consent text…</source>
        <translation>S&amp;how consent text…</translation>
    </message>
    <message>
        <source>Show consent text</source>
        <translation>Show consent text</translation>
    </message>
    <message>
        <source>Problems to check</source>
        <translation>Problems to check</translation>
    </message>
    <message>
        <source>Press Enter on a problem to go to its field</source>
        <translation>Press Enter on a problem to go to its field</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Close the form</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the registration</source>
        <translation>Save the registration</translation>
    </message>
</context>
<context>
    <name>RevokedDialog</name>
    <message>
        <source>This laptop was revoked</source>
        <translation>This laptop was revoked</translation>
    </message>
    <message>
        <source>Revoked laptop</source>
        <translation>Revoked laptop</translation>
    </message>
    <message>
        <source>The central server has revoked this laptop. Data already sent was removed from it; data not yet sent is kept, encrypted, for your supervisor. Contact your office before using this laptop again.</source>
        <translation>The central server has revoked this laptop. Data already sent was removed from it; data not yet sent is kept, encrypted, for your supervisor. Contact your office before using this laptop again.</translation>
    </message>
    <message>
        <source>A supervisor can hand the unsent data over to another laptop of the office, or erase this laptop&apos;s data.</source>
        <translation>A supervisor can hand the unsent data over to another laptop of the office, or erase this laptop&apos;s data.</translation>
    </message>
    <message>
        <source>&amp;Supervisor…</source>
        <translation>&amp;Supervisor…</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Log in as a supervisor of this office.</source>
        <translation>Log in as a supervisor of this office.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Save the unsent data to a file protected by a passphrase. A supervisor reads it on another laptop of the same office (golonline-desktop handover import), and that laptop sends it.</source>
        <translation>Save the unsent data to a file protected by a passphrase. A supervisor reads it on another laptop of the same office (golonline-desktop handover import), and that laptop sends it.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation>Handover file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Save the unsent data</source>
        <translation>&amp;Save the unsent data</translation>
    </message>
    <message>
        <source>Save the unsent data</source>
        <translation>Save the unsent data</translation>
    </message>
    <message>
        <source>Erasing removes every record, photo and backup from this laptop. Data that was not handed over is lost.</source>
        <translation>Erasing removes every record, photo and backup from this laptop. Data that was not handed over is lost.</translation>
    </message>
    <message>
        <source>&amp;Erase this laptop&apos;s data…</source>
        <translation>&amp;Erase this laptop&apos;s data…</translation>
    </message>
    <message>
        <source>Erase this laptop&apos;s data</source>
        <translation>Erase this laptop&apos;s data</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Only a supervisor can do this.</translation>
    </message>
    <message>
        <source>Not sent yet: {changes} changes and {photos} photos.</source>
        <translation>Not sent yet: {changes} changes and {photos} photos.</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translation>Save the handover file</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Could not write {file}: {reason}</translation>
    </message>
    <message>
        <source>Saved {changes} changes and {photos} photos to {file}. Give the file and, separately, the passphrase to the supervisor of the laptop that will send them.</source>
        <translation>Saved {changes} changes and {photos} photos to {file}. Give the file and, separately, the passphrase to the supervisor of the laptop that will send them.</translation>
    </message>
    <message>
        <source>Erase this laptop&apos;s data?</source>
        <translation>Erase this laptop&apos;s data?</translation>
    </message>
    <message>
        <source>Every record, photo and backup is removed from this laptop. Data not handed over is lost for good.</source>
        <translation>Every record, photo and backup is removed from this laptop. Data not handed over is lost for good.</translation>
    </message>
    <message>
        <source>This laptop&apos;s data was erased.</source>
        <translation>This laptop&apos;s data was erased.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Type the office code (at most {count} characters).</source>
        <translation>Type the office code (at most {count} characters).</translation>
    </message>
    <message>
        <source>Type the office name.</source>
        <translation>Type the office name.</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s name.</source>
        <translation>Type the supervisor&apos;s name.</translation>
    </message>
    <message>
        <source>A NIP has {count} digits, or leave it empty.</source>
        <translation>A NIP has {count} digits, or leave it empty.</translation>
    </message>
    <message>
        <source>Type a username without spaces.</source>
        <translation>Type a username without spaces.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>GoOnline Desktop setup</source>
        <translation>GoOnline Desktop setup</translation>
    </message>
    <message>
        <source>Setup wizard</source>
        <translation>Setup wizard</translation>
    </message>
    <message>
        <source>Welcome to GoOnline Desktop</source>
        <translation>Welcome to GoOnline Desktop</translation>
    </message>
    <message>
        <source>This laptop is set up once, by a supervisor: the field office, the supervisor&apos;s account and the language. Registrations are kept encrypted on this laptop; only the officers you create can open them.</source>
        <translation>This laptop is set up once, by a supervisor: the field office, the supervisor&apos;s account and the language. Registrations are kept encrypted on this laptop; only the officers you create can open them.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>Field office</translation>
    </message>
    <message>
        <source>The office this laptop works for. Its code appears in certificate numbers; use the code your programme coordinator gave you.</source>
        <translation>The office this laptop works for. Its code appears in certificate numbers; use the code your programme coordinator gave you.</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>Office &amp;code:</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Office code</translation>
    </message>
    <message>
        <source>for example JKS01</source>
        <translation>for example JKS01</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>for example Dinas KUKM Kota Jakarta Selatan</source>
        <translation>for example Dinas KUKM Kota Jakarta Selatan</translation>
    </message>
    <message>
        <source>&amp;Region (optional):</source>
        <translation>&amp;Region (optional):</translation>
    </message>
    <message>
        <source>Region of the office</source>
        <translation>Region of the office</translation>
    </message>
    <message>
        <source>type a kabupaten/kota or kecamatan name</source>
        <translation>type a kabupaten/kota or kecamatan name</translation>
    </message>
    <message>
        <source>First supervisor</source>
        <translation>First supervisor</translation>
    </message>
    <message>
        <source>The supervisor&apos;s account opens this laptop and can add field officers later. Choose a password of at least 8 characters that others cannot guess.</source>
        <translation>The supervisor&apos;s account opens this laptop and can add field officers later. Choose a password of at least 8 characters that others cannot guess.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s full name</source>
        <translation>Supervisor&apos;s full name</translation>
    </message>
    <message>
        <source>N&amp;IP (optional):</source>
        <translation>N&amp;IP (optional):</translation>
    </message>
    <message>
        <source>Supervisor&apos;s NIP</source>
        <translation>Supervisor&apos;s NIP</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>for example sri</source>
        <translation>for example sri</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Password a&amp;gain:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Central server (optional)</source>
        <translation>Central server (optional)</translation>
    </message>
    <message>
        <source>If your office already gave you the address of the central server, type it here. You can also leave it empty and enroll this laptop later on the Sync page.</source>
        <translation>If your office already gave you the address of the central server, type it here. You can also leave it empty and enroll this laptop later on the Sync page.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>for example https://sinkron.example.go.id</source>
        <translation>for example https://sinkron.example.go.id</translation>
    </message>
    <message>
        <source>&amp;Enroll this laptop with the server after setup</source>
        <translation>&amp;Enroll this laptop with the server after setup</translation>
    </message>
    <message>
        <source>Enroll after setup</source>
        <translation>Enroll after setup</translation>
    </message>
    <message>
        <source>Press Set up to create the account and encrypt the data. This takes a few seconds.</source>
        <translation>Press Set up to create the account and encrypt the data. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it locked away, apart from the laptop. If every supervisor password is forgotten, this code is the only way to open the data. It is shown only now.</source>
        <translation>Write this code on paper and keep it locked away, apart from the laptop. If every supervisor password is forgotten, this code is the only way to open the data. It is shown only now.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down and will keep it safe</source>
        <translation>I have &amp;written the recovery code down and will keep it safe</translation>
    </message>
    <message>
        <source>Recovery code written down</source>
        <translation>Recovery code written down</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Cancel setup</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Step {step} of {count}</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>This laptop already holds {count} registered businesses. Setup first makes a backup copy, then encrypts them; nothing is lost, and from then on they open only with a password.</source>
        <translation>This laptop already holds {count} registered businesses. Setup first makes a backup copy, then encrypts them; nothing is lost, and from then on they open only with a password.</translation>
    </message>
    <message>
        <source>No region chosen.</source>
        <translation>No region chosen.</translation>
    </message>
    <message>
        <source>The region list is not available.</source>
        <translation>The region list is not available.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type it again.</source>
        <translation>The two passwords are not the same. Type it again.</translation>
    </message>
    <message>
        <source>Type the server address, or untick enrolling.</source>
        <translation>Type the server address, or untick enrolling.</translation>
    </message>
    <message>
        <source>Setting up… please wait.</source>
        <translation>Setting up… please wait.</translation>
    </message>
    <message>
        <source>Setup could not finish: {reason}</source>
        <translation>Setup could not finish: {reason}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>The server&apos;s version of this record has not reached this laptop yet: only this laptop&apos;s version can be kept. Press Sync now first to fetch the server&apos;s version.</source>
        <translation>The server&apos;s version of this record has not reached this laptop yet: only this laptop&apos;s version can be kept. Press Sync now first to fetch the server&apos;s version.</translation>
    </message>
    <message>
        <source>The server did not say which version it holds. Press Sync now, then decide again.</source>
        <translation>The server did not say which version it holds. Press Sync now, then decide again.</translation>
    </message>
    <message>
        <source>The server&apos;s version of this kind of record cannot be taken on this laptop yet; keep this laptop&apos;s version.</source>
        <translation>The server&apos;s version of this kind of record cannot be taken on this laptop yet; keep this laptop&apos;s version.</translation>
    </message>
    <message>
        <source>This laptop no longer holds its own version of this record.</source>
        <translation>This laptop no longer holds its own version of this record.</translation>
    </message>
    <message>
        <source>This conflict was already decided.</source>
        <translation>This conflict was already decided.</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>Sync: waiting</source>
        <translation>Sync: waiting</translation>
    </message>
    <message>
        <source>Sync: sending…</source>
        <translation>Sync: sending…</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>Sync: up to date</translation>
    </message>
    <message>
        <source>Sync: needs attention</source>
        <translation>Sync: needs attention</translation>
    </message>
    <message>
        <source>Sync: server not reachable</source>
        <translation>Sync: server not reachable</translation>
    </message>
    <message>
        <source>Sync: laptop not enrolled</source>
        <translation>Sync: laptop not enrolled</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Open the Sync page</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Stop sync</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>This laptop:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Last attempt:</source>
        <translation>Last attempt:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Sent and confirmed:</source>
        <translation>Sent and confirmed:</translation>
    </message>
    <message>
        <source>Refused, need a fix:</source>
        <translation>Refused, need a fix:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Next automatic try:</source>
        <translation>Next automatic try:</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Save the server address</source>
        <translation>Save the server address</translation>
    </message>
    <message>
        <source>Send &amp;automatically when the server can be reached</source>
        <translation>Send &amp;automatically when the server can be reached</translation>
    </message>
    <message>
        <source>Send automatically</source>
        <translation>Send automatically</translation>
    </message>
    <message>
        <source>Try &amp;every:</source>
        <translation>Try &amp;every:</translation>
    </message>
    <message>
        <source>Minutes between automatic tries</source>
        <translation>Minutes between automatic tries</translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation>&amp;Compare and decide…</translation>
    </message>
    <message>
        <source>Compare the two versions and decide</source>
        <translation>Compare the two versions and decide</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Changes wait here until they are sent.</source>
        <translation>Changes wait here until they are sent.</translation>
    </message>
    <message>
        <source>Sending to the central server…</source>
        <translation>Sending to the central server…</translation>
    </message>
    <message>
        <source>Everything is on the central server.</source>
        <translation>Everything is on the central server.</translation>
    </message>
    <message>
        <source>Some records were refused or are in conflict: see below.</source>
        <translation>Some records were refused or are in conflict: see below.</translation>
    </message>
    <message>
        <source>The server cannot be reached now. Everything stays safe on this laptop and is sent when the connection returns.</source>
        <translation>The server cannot be reached now. Everything stays safe on this laptop and is sent when the connection returns.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop (the office may have revoked it). Enroll it again; nothing stored here is lost.</source>
        <translation>The server no longer accepts this laptop (the office may have revoked it). Enroll it again; nothing stored here is lost.</translation>
    </message>
    <message>
        <source>Enroll this laptop with the central server before the first sync.</source>
        <translation>Enroll this laptop with the central server before the first sync.</translation>
    </message>
    <message>
        <source>off (only with Sync now)</source>
        <translation>off (only with Sync now)</translation>
    </message>
    <message>
        <source>in {time}</source>
        <translation>in {time}</translation>
    </message>
    <message>
        <source>every {n} min and when the network returns</source>
        <translation>every {n} min and when the network returns</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>The server could not be reached.</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>not enrolled yet</translation>
    </message>
    <message>
        <source>&amp;Enroll again…</source>
        <translation>&amp;Enroll again…</translation>
    </message>
    <message>
        <source>&amp;Enroll this laptop…</source>
        <translation>&amp;Enroll this laptop…</translation>
    </message>
    <message>
        <source>No refused records.</source>
        <translation>No refused records.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Refused records ({n})</source>
        <translation>Refused records ({n})</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>Enroll this laptop</source>
        <translation>Enroll this laptop</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Sync details</translation>
    </message>
    <message>
        <source>Refused records</source>
        <translation>Refused records</translation>
    </message>
    <message>
        <source>The server refused these records. Read the reason, fix the record, then press Send again. Everything else keeps being sent.</source>
        <translation>The server refused these records. Read the reason, fix the record, then press Send again. Everything else keeps being sent.</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Send a&amp;gain</translation>
    </message>
    <message>
        <source>Send the record again</source>
        <translation>Send the record again</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Another version of these records reached the server first. Nothing was overwritten. Check the record with your supervisor, then mark the conflict as decided.</source>
        <translation>Another version of these records reached the server first. Nothing was overwritten. Check the record with your supervisor, then mark the conflict as decided.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>The server found a mistake in this record&apos;s data. Open the record, correct it, then press Send again.</source>
        <translation>The server found a mistake in this record&apos;s data. Open the record, correct it, then press Send again.</translation>
    </message>
    <message>
        <source>A photo of this record is missing on this laptop. Add the photo again, then press Send again.</source>
        <translation>A photo of this record is missing on this laptop. Add the photo again, then press Send again.</translation>
    </message>
    <message>
        <source>A photo of this record is damaged on this laptop. Take or choose the photo again, then press Send again.</source>
        <translation>A photo of this record is damaged on this laptop. Take or choose the photo again, then press Send again.</translation>
    </message>
    <message>
        <source>This record cannot be sent as it is (too large or malformed). Open it, correct it, then press Send again.</source>
        <translation>This record cannot be sent as it is (too large or malformed). Open it, correct it, then press Send again.</translation>
    </message>
    <message>
        <source>The server refused this record.</source>
        <translation>The server refused this record.</translation>
    </message>
    <message>
        <source>This record belongs to another office: the server does not take it from this laptop. Ask your supervisor.</source>
        <translation>This record belongs to another office: the server does not take it from this laptop. Ask your supervisor.</translation>
    </message>
    <message>
        <source>Someone else changed this record on the server first.</source>
        <translation>Someone else changed this record on the server first.</translation>
    </message>
    <message>
        <source>The server could not read this record (it was damaged on this laptop or on the way). Press Send again; if it is refused again, call support.</source>
        <translation>The server could not read this record (it was damaged on this laptop or on the way). Press Send again; if it is refused again, call support.</translation>
    </message>
    <message>
        <source>The registration drive of this record is incomplete (name, date or place). Complete the drive, then press Send again.</source>
        <translation>The registration drive of this record is incomplete (name, date or place). Complete the drive, then press Send again.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Registration drive</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>Sync was stopped.</translation>
    </message>
    <message>
        <source>The server refused this laptop: enroll it again.</source>
        <translation>The server refused this laptop: enroll it again.</translation>
    </message>
    <message>
        <source>The server could not be reached. Everything is kept and sent later.</source>
        <translation>The server could not be reached. Everything is kept and sent later.</translation>
    </message>
    <message>
        <source>This laptop was enrolled with the server.</source>
        <translation>This laptop was enrolled with the server.</translation>
    </message>
    <message>
        <source>A record was queued to be sent again.</source>
        <translation>A record was queued to be sent again.</translation>
    </message>
    <message>
        <source>A record changed on the server was not added to this laptop: its officer or registration drive is not on this laptop.</source>
        <translation>A record changed on the server was not added to this laptop: its officer or registration drive is not on this laptop.</translation>
    </message>
    <message>
        <source>Conflict decided: this laptop&apos;s version is sent again.</source>
        <translation>Conflict decided: this laptop&apos;s version is sent again.</translation>
    </message>
    <message>
        <source>Conflict decided: the server&apos;s version was taken.</source>
        <translation>Conflict decided: the server&apos;s version was taken.</translation>
    </message>
    <message>
        <source>Sync finished; some records need your attention.</source>
        <translation>Sync finished; some records need your attention.</translation>
    </message>
    <message>
        <source>sent {n}</source>
        <translation>sent {n}</translation>
    </message>
    <message>
        <source>already on the server {n}</source>
        <translation>already on the server {n}</translation>
    </message>
    <message>
        <source>refused {n}</source>
        <translation>refused {n}</translation>
    </message>
    <message>
        <source>conflicts {n}</source>
        <translation>conflicts {n}</translation>
    </message>
    <message>
        <source>photos {n}</source>
        <translation>photos {n}</translation>
    </message>
    <message>
        <source>received {n}</source>
        <translation>received {n}</translation>
    </message>
    <message>
        <source>conflicts from the server {n}</source>
        <translation>conflicts from the server {n}</translation>
    </message>
    <message>
        <source>still waiting {n}</source>
        <translation>still waiting {n}</translation>
    </message>
    <message>
        <source>Server&apos;s words: {code} — {message}</source>
        <translation>Server&apos;s words: {code} — {message}</translation>
    </message>
    <message>
        <source>A change made on another laptop arrived while your own edit was not sent yet.</source>
        <translation>A change made on another laptop arrived while your own edit was not sent yet.</translation>
    </message>
    <message>
        <source>Your edit (version {local}) was not taken: the server has another one.</source>
        <translation>Your edit (version {local}) was not taken: the server has another one.</translation>
    </message>
    <message>
        <source>Sync was stopped. Nothing sent so far is lost.</source>
        <translation>Sync was stopped. Nothing sent so far is lost.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>Last pass: {counts}.</source>
        <translation>Last pass: {counts}.</translation>
    </message>
    <message>
        <source>Last pass stopped early: {counts}.</source>
        <translation>Last pass stopped early: {counts}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{done} of {total} records · {bytes_done} of {bytes_total}</source>
        <translation>{done} of {total} records · {bytes_done} of {bytes_total}</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>about {time} left</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Owner name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Owner&apos;s birth date</source>
        <translation>Owner&apos;s birth date</translation>
    </message>
    <message>
        <source>Owner&apos;s sex</source>
        <translation>Owner&apos;s sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>NITKU</source>
        <translation>NITKU</translation>
    </message>
    <message>
        <source>KBLI code</source>
        <translation>KBLI code</translation>
    </message>
    <message>
        <source>KBLI version</source>
        <translation>KBLI version</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Annual sales</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Consent text version</translation>
    </message>
    <message>
        <source>Reason for a possible duplicate</source>
        <translation>Reason for a possible duplicate</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The choice could not be saved: {error}</source>
        <translation>The choice could not be saved: {error}</translation>
    </message>
</context>
</TS>
