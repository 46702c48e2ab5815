<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AppStart</name>
    <message>
        <source>This data folder was last used by a newer version of GoOnline Desktop (database schema {revision}). Install that version, or a newer one, to open it. Nothing in its data was changed.

Folder: {folder}</source>
        <translation>This data folder was last used by a newer version of GoOnline Desktop (database schema {revision}). Install that version, or a newer one, to open it. Nothing in its data was changed.

Folder: {folder}</translation>
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
        <source>Backups: {count}</source>
        <translation>Backups: {count}</translation>
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
        <source>Region code {code} is not a current village code.</source>
        <translation>Region code {code} is not a current village code.</translation>
    </message>
    <message>
        <source>Choose a village (desa/kelurahan), not a larger area.</source>
        <translation>Choose a village (desa/kelurahan), not a larger area.</translation>
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
    <name>MainWindow</name>
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
        <source>The screen for registering and searching businesses is being built and comes in a next version. Businesses already stored on this laptop are kept safely and counted below.</source>
        <translation>The screen for registering and searching businesses is being built and comes in a next version. Businesses already stored on this laptop are kept safely and counted below.</translation>
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
</TS>
