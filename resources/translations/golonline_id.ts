<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
<context>
    <name>AppStart</name>
    <message>
        <source>This data folder was last used by a newer version of GoOnline Desktop (database schema {revision}). Install that version, or a newer one, to open it. Nothing in its data was changed.

Folder: {folder}</source>
        <translation>Folder data ini terakhir dipakai oleh GoOnline Desktop versi yang lebih baru (skema basis data {revision}). Pasang versi itu, atau yang lebih baru, untuk membukanya. Tidak ada data di dalamnya yang diubah.

Folder: {folder}</translation>
    </message>
    <message>
        <source>The file {file} is damaged or is not a GoOnline Desktop database. Nothing in it was changed. Ask your supervisor for help; copies made before each update are in {backups}.</source>
        <translation>File {file} rusak atau bukan basis data GoOnline Desktop. Tidak ada yang diubah di dalamnya. Mintalah bantuan supervisor Anda; salinan yang dibuat sebelum setiap pembaruan ada di {backups}.</translation>
    </message>
    <message>
        <source>GoOnline Desktop cannot write to the data folder {folder}. Check that the folder (or the USB stick) is not read-only and that you may write there, then start again.</source>
        <translation>GoOnline Desktop tidak bisa menulis ke folder data {folder}. Pastikan folder itu (atau flashdisk-nya) tidak dalam mode hanya-baca dan Anda boleh menulis di sana, lalu buka program lagi.</translation>
    </message>
    <message>
        <source>GoOnline Desktop could not open the data folder {folder}.

Reason: {reason}</source>
        <translation>GoOnline Desktop tidak bisa membuka folder data {folder}.

Penyebab: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Data tidak bisa dibuka</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: {message}</source>
        <translation>Galat: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Peringatan: {message}</translation>
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
        <translation>folder data (bawaan: folder milik pengguna)</translation>
    </message>
    <message>
        <source>language of messages (default: id)</source>
        <translation>bahasa pesan (bawaan: id)</translation>
    </message>
    <message>
        <source>GoOnline Desktop: UMKM registration drives.</source>
        <translation>GoOnline Desktop: kegiatan pendaftaran UMKM.</translation>
    </message>
    <message>
        <source>start, show the window and exit (a build check)</source>
        <translation>jalankan, tampilkan jendela, lalu keluar (pemeriksaan hasil build)</translation>
    </message>
    <message>
        <source>start the application</source>
        <translation>jalankan aplikasi</translation>
    </message>
    <message>
        <source>id of a registration drive</source>
        <translation>id kegiatan pendaftaran</translation>
    </message>
    <message>
        <source>import businesses from .xlsx or .csv</source>
        <translation>impor UMKM dari .xlsx atau .csv</translation>
    </message>
    <message>
        <source>check the file and report problems; save nothing</source>
        <translation>periksa file dan laporkan masalahnya; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>also write the problems to this CSV file</source>
        <translation>tulis juga daftar masalah ke file CSV ini</translation>
    </message>
    <message>
        <source>export businesses to .xlsx or .csv</source>
        <translation>ekspor UMKM ke .xlsx atau .csv</translation>
    </message>
    <message>
        <source>export full NIKs (supervisors only)</source>
        <translation>ekspor NIK lengkap (khusus supervisor)</translation>
    </message>
    <message>
        <source>check one number or value and explain it</source>
        <translation>periksa satu nomor atau nilai dan jelaskan hasilnya</translation>
    </message>
    <message>
        <source>check the data folder and its database</source>
        <translation>periksa folder data dan basis datanya</translation>
    </message>
    <message>
        <source>The database {file} was written by a newer version of GoOnline Desktop (schema {revision}). Install that version; nothing was changed.</source>
        <translation>Basis data {file} ditulis oleh GoOnline Desktop versi yang lebih baru (skema {revision}). Pasang versi itu; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{file} is not a GoOnline Desktop database ({reason}). Check --data-dir; nothing was changed.</source>
        <translation>{file} bukan basis data GoOnline Desktop ({reason}). Periksa --data-dir; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}</source>
        <translation>Folder data {folder} tidak bisa dipakai: {reason}</translation>
    </message>
    <message>
        <source>There is no registration drive {drive}.</source>
        <translation>Tidak ada kegiatan pendaftaran {drive}.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Baris {row}: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation>Baris {row}, kolom {column}: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column {column} (warning): {message}</source>
        <translation>Baris {row}, kolom {column} (peringatan): {message}</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Tidak ada yang diimpor dari {file}.</translation>
    </message>
    <message>
        <source>Checked {file}: {read} rows, {valid} can be imported, {bad} have errors. Nothing was saved (dry run).</source>
        <translation>{file} sudah diperiksa: {read} baris, {valid} bisa diimpor, {bad} berisi kesalahan. Tidak ada yang disimpan (uji coba).</translation>
    </message>
    <message>
        <source>Imported {imported} of {read} rows from {file}; {bad} rows have errors and were not imported.</source>
        <translation>{imported} dari {read} baris diimpor dari {file}; {bad} baris berisi kesalahan dan tidak diimpor.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>File {file} tidak ada.</translation>
    </message>
    <message>
        <source>The problems were written to {file}.</source>
        <translation>Daftar masalah ditulis ke {file}.</translation>
    </message>
    <message>
        <source>Only a supervisor may export full NIKs.</source>
        <translation>Hanya supervisor yang boleh mengekspor NIK lengkap.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Tidak bisa menulis {file}: {reason}</translation>
    </message>
    <message>
        <source>Exported {rows} businesses to {file}.</source>
        <translation>{rows} UMKM diekspor ke {file}.</translation>
    </message>
    <message>
        <source>NIKs are masked; a supervisor can export them in full with --unmask.</source>
        <translation>NIK disamarkan; supervisor dapat mengekspornya secara lengkap dengan --unmask.</translation>
    </message>
    <message>
        <source>The file holds full NIKs: personal data. Keep it safe and delete it after use.</source>
        <translation>File ini berisi NIK lengkap: data pribadi. Simpan dengan aman dan hapus setelah dipakai.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>Unexpected error: {message}. The details were written to {log}.</source>
        <translation>Terjadi kesalahan tak terduga: {message}. Rinciannya ditulis ke {log}.</translation>
    </message>
    <message>
        <source>--birth-date {value} is not a date (YYYY-MM-DD).</source>
        <translation>--birth-date {value} bukan tanggal (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>Birth date: {date}</source>
        <translation>Tanggal lahir: {date}</translation>
    </message>
    <message>
        <source>Sex: {sex}</source>
        <translation>Jenis kelamin: {sex}</translation>
    </message>
    <message>
        <source>First registered in: {code} {path}</source>
        <translation>Pertama terdaftar di: {code} {path}</translation>
    </message>
    <message>
        <source>First registered in: kecamatan {code} (a former code, last listed in {year})</source>
        <translation>Pertama terdaftar di: kecamatan {code} (kode lama, terakhir tercantum pada {year})</translation>
    </message>
    <message>
        <source>First registered in: {code} (unknown kecamatan)</source>
        <translation>Pertama terdaftar di: {code} (kecamatan tidak dikenal)</translation>
    </message>
    <message>
        <source>Serial number: {serial}</source>
        <translation>Nomor urut: {serial}</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>Tidak sah.</translation>
    </message>
    <message>
        <source>Stored as: {value}</source>
        <translation>Disimpan sebagai: {value}</translation>
    </message>
    <message>
        <source>Shown as: {value}</source>
        <translation>Ditampilkan sebagai: {value}</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Sah.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>Database: none yet ({file})</source>
        <translation>Basis data: belum ada ({file})</translation>
    </message>
    <message>
        <source>Database: {file} ({size})</source>
        <translation>Basis data: {file} ({size})</translation>
    </message>
    <message>
        <source>Write-ahead log: {size}</source>
        <translation>Log tulis-di-muka (WAL): {size}</translation>
    </message>
    <message>
        <source>Schema: {revision} (this version knows up to {head})</source>
        <translation>Skema: {revision} (versi ini mengenal sampai {head})</translation>
    </message>
    <message>
        <source>Journal mode: {mode}</source>
        <translation>Mode jurnal: {mode}</translation>
    </message>
    <message>
        <source>Integrity check: {result}</source>
        <translation>Pemeriksaan keutuhan: {result}</translation>
    </message>
    <message>
        <source>Businesses: {live} live, {deleted} deleted</source>
        <translation>UMKM: {live} aktif, {deleted} dihapus</translation>
    </message>
    <message>
        <source>Registration drives: {count}</source>
        <translation>Kegiatan pendaftaran: {count}</translation>
    </message>
    <message>
        <source>Audit events: {count}</source>
        <translation>Catatan audit: {count}</translation>
    </message>
    <message>
        <source>Outbox: {states}</source>
        <translation>Antrean kirim: {states}</translation>
    </message>
    <message>
        <source>Backups: {count}</source>
        <translation>Cadangan: {count}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Jangan simpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Employees must be a whole number, e.g. 3.</source>
        <translation>Jumlah karyawan harus bilangan bulat, misalnya 3.</translation>
    </message>
    <message>
        <source>Choose the village (desa/kelurahan).</source>
        <translation>Pilih desa/kelurahan.</translation>
    </message>
    <message>
        <source>Region code {code} is not a current village code.</source>
        <translation>Kode wilayah {code} bukan kode desa/kelurahan yang berlaku.</translation>
    </message>
    <message>
        <source>Choose a village (desa/kelurahan), not a larger area.</source>
        <translation>Pilih desa/kelurahan, bukan wilayah yang lebih besar.</translation>
    </message>
    <message>
        <source>Capital or sales are above the UMKM limits of PP 7/2021: check the amounts before saving.</source>
        <translation>Modal atau omzet melebihi batas UMKM menurut PP 7/2021: periksa jumlahnya sebelum menyimpan.</translation>
    </message>
    <message>
        <source>The owner&apos;s consent to the processing of personal data is required.</source>
        <translation>Persetujuan pemilik atas pemrosesan data pribadi wajib ada.</translation>
    </message>
    <message>
        <source>Not a certificate number: expected GO-OFFICE-DEVICE-YEAR-NNNNNN.</source>
        <translation>Bukan nomor sertifikat: bentuknya harus GO-KANTOR-PERANGKAT-TAHUN-NNNNNN.</translation>
    </message>
    <message>
        <source>{email} is not a valid e-mail address, e.g. nama@gmail.com.</source>
        <translation>{email} bukan alamat email yang benar, contohnya nama@gmail.com.</translation>
    </message>
    <message>
        <source>Type the e-mail address.</source>
        <translation>Ketik alamat email.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Maksud Anda {suggestion}?</translation>
    </message>
    <message>
        <source>Type the postal code (5 digits).</source>
        <translation>Ketik kode pos (5 digit).</translation>
    </message>
    <message>
        <source>A postal code has 5 digits, e.g. 12810; {typed} was typed.</source>
        <translation>Kode pos terdiri dari 5 digit, misalnya 12810; yang diketik {typed}.</translation>
    </message>
    <message>
        <source>Indonesian postal codes do not start with 0; {typed} was typed.</source>
        <translation>Kode pos Indonesia tidak diawali 0; yang diketik {typed}.</translation>
    </message>
    <message>
        <source>KBLI edition {version} is unknown; choose {versions}.</source>
        <translation>KBLI edisi {version} tidak dikenal; pilih {versions}.</translation>
    </message>
    <message>
        <source>Type the KBLI code (5 digits).</source>
        <translation>Ketik kode KBLI (5 digit).</translation>
    </message>
    <message>
        <source>A KBLI code has 5 digits, e.g. 10792; {typed} was typed.</source>
        <translation>Kode KBLI terdiri dari 5 digit, misalnya 10792; yang diketik {typed}.</translation>
    </message>
    <message>
        <source>KBLI codes start with a division 01-99; {typed} was typed.</source>
        <translation>Kode KBLI diawali golongan pokok 01-99; yang diketik {typed}.</translation>
    </message>
    <message>
        <source>Remove the mention of {names}: {marketplace} rejects listings that name other marketplaces or outside channels.</source>
        <translation>Hapus sebutan {names}: {marketplace} menolak listing yang menyebut marketplace lain atau saluran di luar marketplace.</translation>
    </message>
    <message>
        <source>Remove the phone number &quot;{found}&quot;: buyers must contact the seller through {marketplace}&apos;s chat.</source>
        <translation>Hapus nomor telepon &quot;{found}&quot;: pembeli harus menghubungi penjual lewat chat {marketplace}.</translation>
    </message>
    <message>
        <source>Remove the link or address &quot;{found}&quot;: {marketplace} does not allow links to outside pages.</source>
        <translation>Hapus tautan atau alamat &quot;{found}&quot;: {marketplace} tidak mengizinkan tautan ke halaman luar.</translation>
    </message>
    <message>
        <source>{marketplace} no longer accepts new listings (closed since {since}): {note} Choose another marketplace.</source>
        <translation>{marketplace} tidak lagi menerima listing baru (tutup sejak {since}): {note} Pilih marketplace lain.</translation>
    </message>
    <message>
        <source>{marketplace} needs this field: please fill it in.</source>
        <translation>{marketplace} mewajibkan kolom ini: silakan diisi.</translation>
    </message>
    <message>
        <source>{marketplace} needs at least {min} characters here ({length} now): add details such as material, size or taste.</source>
        <translation>{marketplace} meminta paling sedikit {min} karakter di sini (sekarang {length}): tambahkan rincian seperti bahan, ukuran, atau rasa.</translation>
    </message>
    <message>
        <source>{marketplace} allows at most {max} characters here ({length} now): shorten it by {excess}.</source>
        <translation>{marketplace} membolehkan paling banyak {max} karakter di sini (sekarang {length}): pendekkan {excess} karakter.</translation>
    </message>
    <message>
        <source>Descriptions of {recommended} characters or more sell better on {marketplace} ({length} now): add 3 to 5 selling points.</source>
        <translation>Deskripsi sepanjang {recommended} karakter atau lebih lebih laku di {marketplace} (sekarang {length}): tambahkan 3 sampai 5 keunggulan produk.</translation>
    </message>
    <message>
        <source>{marketplace} takes plain text only: remove HTML tags such as &lt;b&gt; or &lt;br&gt;.</source>
        <translation>{marketplace} hanya menerima teks biasa: hapus tag HTML seperti &lt;b&gt; atau &lt;br&gt;.</translation>
    </message>
    <message>
        <source>{marketplace} allows at most {max} hashtags ({count} now): remove {excess}.</source>
        <translation>{marketplace} membolehkan paling banyak {max} tagar (sekarang {count}): hapus {excess}.</translation>
    </message>
    <message>
        <source>{marketplace} needs at least {min} photo(s) ({count} now): take or add more photos of the product.</source>
        <translation>{marketplace} meminta paling sedikit {min} foto (sekarang {count}): ambil atau tambahkan foto produk.</translation>
    </message>
    <message>
        <source>{marketplace} takes at most {max} photos ({count} now): only the first {max} are exported; put the best ones first or remove some.</source>
        <translation>{marketplace} menerima paling banyak {max} foto (sekarang {count}): hanya {max} foto pertama yang diekspor; taruh foto terbaik di depan atau hapus sebagian.</translation>
    </message>
    <message>
        <source>Photo {index} is {width}×{height} px; {marketplace} needs at least {min_width}×{min_height} px: retake it closer or at a higher resolution.</source>
        <translation>Foto {index} berukuran {width}×{height} px; {marketplace} meminta paling kecil {min_width}×{min_height} px: foto ulang dari lebih dekat atau dengan resolusi lebih tinggi.</translation>
    </message>
    <message>
        <source>Photo {index} is {format}; {marketplace} accepts {formats}: import the photo again so it is converted.</source>
        <translation>Foto {index} berformat {format}; {marketplace} menerima {formats}: impor ulang foto itu supaya dikonversi.</translation>
    </message>
    <message>
        <source>Photo {index} is {size_kb} KB; {marketplace} accepts at most {max_kb} KB: upload the copy from the export&apos;s foto folder (re-compressed to fit), not the original file.</source>
        <translation>Foto {index} berukuran {size_kb} KB; {marketplace} menerima paling besar {max_kb} KB: unggah salinan dari folder foto hasil ekspor (sudah dikompres ulang agar muat), bukan file aslinya.</translation>
    </message>
    <message>
        <source>{marketplace} accepts {min} to {max} here ({value} now): correct the value.</source>
        <translation>{marketplace} menerima {min} sampai {max} di sini (sekarang {value}): perbaiki nilainya.</translation>
    </message>
    <message>
        <source>Enter the packed weight in grams: {marketplace} uses it for shipping costs.</source>
        <translation>Isi berat setelah dikemas dalam gram: {marketplace} memakainya untuk menghitung ongkos kirim.</translation>
    </message>
    <message>
        <source>Package length, width and height must be more than 0 cm.</source>
        <translation>Panjang, lebar, dan tinggi paket harus lebih dari 0 cm.</translation>
    </message>
    <message>
        <source>Enter the package length, width and height in cm: {marketplace} uses them for shipping costs.</source>
        <translation>Isi panjang, lebar, dan tinggi paket dalam cm: {marketplace} memakainya untuk menghitung ongkos kirim.</translation>
    </message>
    <message>
        <source>Use only letters, digits, dot, dash and underscore in the SKU (no spaces): photo files are named after it.</source>
        <translation>SKU hanya boleh berisi huruf, angka, titik, tanda hubung, dan garis bawah (tanpa spasi): nama file foto diambil dari SKU.</translation>
    </message>
    <message>
        <source>{marketplace} needs a brand: enter it, or &quot;No Brand&quot; if none.</source>
        <translation>{marketplace} meminta merek: isi mereknya, atau &quot;No Brand&quot; jika tidak ada.</translation>
    </message>
    <message>
        <source>Choose a product category.</source>
        <translation>Pilih kategori produk.</translation>
    </message>
    <message>
        <source>Choose the {marketplace} category for this product&apos;s category; otherwise fill the Category column in the sheet by hand.</source>
        <translation>Pilih kategori {marketplace} untuk kategori produk ini; jika tidak, isi kolom Kategori di lembar kerja secara manual.</translation>
    </message>
    <message>
        <source>{marketplace} needs the shop&apos;s pickup-point code (Kode Toko/Gudang, e.g. PP-1234567) from the seller centre.</source>
        <translation>{marketplace} meminta kode titik penjemputan toko (Kode Toko/Gudang, misalnya PP-1234567) dari Seller Center.</translation>
    </message>
    <message>
        <source>The pickup-point code &quot;{found}&quot; does not look like PP-1234567: copy it exactly from the seller centre.</source>
        <translation>Kode titik penjemputan &quot;{found}&quot; tidak berbentuk seperti PP-1234567: salin persis dari Seller Center.</translation>
    </message>
    <message>
        <source>{text} is not an amount in rupiah. Type it like 1.500.000.</source>
        <translation>{text} bukan jumlah rupiah. Ketik seperti 1.500.000.</translation>
    </message>
    <message>
        <source>Type the amount in rupiah.</source>
        <translation>Ketik jumlahnya dalam rupiah.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Jumlahnya tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Type whole rupiah without cents, e.g. 1.500.000.</source>
        <translation>Ketik rupiah bulat tanpa sen, misalnya 1.500.000.</translation>
    </message>
    <message>
        <source>{text} is too large for an amount in rupiah. Check the zeros.</source>
        <translation>{text} terlalu besar untuk jumlah rupiah. Periksa jumlah angka nolnya.</translation>
    </message>
    <message>
        <source>Type the NIB (13 digits).</source>
        <translation>Ketik NIB (13 digit).</translation>
    </message>
    <message>
        <source>NIB may only contain digits.</source>
        <translation>NIB hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>NIB must have 13 digits; {count} were typed.</source>
        <translation>NIB harus 13 digit; yang diketik {count} digit.</translation>
    </message>
    <message>
        <source>NIB cannot be all zeros.</source>
        <translation>NIB tidak boleh nol semua.</translation>
    </message>
    <message>
        <source>Type the NIK (16 digits).</source>
        <translation>Ketik NIK (16 digit).</translation>
    </message>
    <message>
        <source>NIK may only contain digits.</source>
        <translation>NIK hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>NIK must have 16 digits; {count} were typed.</source>
        <translation>NIK harus 16 digit; yang diketik {count} digit.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of the NIK ({digits}) are not a real birth date. Check the NIK on the card.</source>
        <translation>Digit ke-7 sampai ke-12 NIK ({digits}) bukan tanggal lahir yang sah. Periksa NIK di KTP.</translation>
    </message>
    <message>
        <source>The last four digits of a NIK cannot be 0000. Check the NIK.</source>
        <translation>Empat digit terakhir NIK tidak mungkin 0000. Periksa NIK-nya.</translation>
    </message>
    <message>
        <source>The first six digits of the NIK ({prefix}) are not a known kecamatan code. Check the NIK on the card.</source>
        <translation>Enam digit pertama NIK ({prefix}) bukan kode kecamatan yang dikenal. Periksa NIK di KTP.</translation>
    </message>
    <message>
        <source>The NIK gives the birth date {nik_date}, but {typed_date} was typed. Check both against the card.</source>
        <translation>Menurut NIK tanggal lahirnya {nik_date}, tetapi yang diketik {typed_date}. Cocokkan keduanya dengan KTP.</translation>
    </message>
    <message>
        <source>The NIK belongs to a woman (40 is added to the day of birth), but male was chosen. Check the NIK and the sex.</source>
        <translation>NIK ini milik perempuan (tanggal lahir ditambah 40), tetapi yang dipilih laki-laki. Periksa NIK dan jenis kelaminnya.</translation>
    </message>
    <message>
        <source>The NIK belongs to a man (for women 40 is added to the day of birth), but female was chosen. Check the NIK and the sex.</source>
        <translation>NIK ini milik laki-laki (pada perempuan tanggal lahir ditambah 40), tetapi yang dipilih perempuan. Periksa NIK dan jenis kelaminnya.</translation>
    </message>
    <message>
        <source>The NPWP {npwp} is not valid: one of its first nine digits is mistyped. Check it against the card.</source>
        <translation>NPWP {npwp} tidak sah: salah satu dari sembilan digit pertamanya salah ketik. Cocokkan dengan kartu NPWP.</translation>
    </message>
    <message>
        <source>Type the NPWP (16 digits).</source>
        <translation>Ketik NPWP (16 digit).</translation>
    </message>
    <message>
        <source>NPWP may only contain digits.</source>
        <translation>NPWP hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>NPWP must have 16 digits (or 15 on an old card); {count} were typed.</source>
        <translation>NPWP harus 16 digit (atau 15 pada kartu lama); yang diketik {count} digit.</translation>
    </message>
    <message>
        <source>This 16-digit NPWP does not start with 0, so it should be the owner&apos;s NIK, but it does not look like a NIK. Check it.</source>
        <translation>NPWP 16 digit ini tidak diawali 0, jadi seharusnya sama dengan NIK pemilik, tetapi bentuknya bukan NIK. Periksa kembali.</translation>
    </message>
    <message>
        <source>Type the NITKU (22 digits).</source>
        <translation>Ketik NITKU (22 digit).</translation>
    </message>
    <message>
        <source>NITKU may only contain digits.</source>
        <translation>NITKU hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>NITKU must have 22 digits (the 16-digit NPWP and 6 more); {count} were typed.</source>
        <translation>NITKU harus 22 digit (NPWP 16 digit ditambah 6 digit); yang diketik {count} digit.</translation>
    </message>
    <message>
        <source>The first 16 digits of the NITKU are not a valid NPWP. Check it.</source>
        <translation>16 digit pertama NITKU bukan NPWP yang sah. Periksa kembali.</translation>
    </message>
    <message>
        <source>{phone} is not a valid phone number. Type it like 0812-3456-7890.</source>
        <translation>{phone} bukan nomor telepon yang benar. Ketik seperti 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Type the phone number, e.g. 0812-3456-7890.</source>
        <translation>Ketik nomor telepon, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>This is not an Indonesian number. Marketplaces may need an Indonesian mobile number.</source>
        <translation>Ini bukan nomor Indonesia. Marketplace mungkin meminta nomor HP Indonesia.</translation>
    </message>
    <message>
        <source>This looks like a landline. A mobile number (08…) is needed for WhatsApp and marketplace accounts.</source>
        <translation>Ini tampaknya nomor telepon rumah/kantor. Nomor HP (08…) diperlukan untuk WhatsApp dan akun marketplace.</translation>
    </message>
    <message>
        <source>The region code {region} is not in the form 31.74.01.1001.</source>
        <translation>Kode wilayah {region} tidak berbentuk seperti 31.74.01.1001.</translation>
    </message>
    <message>
        <source>The region code {region} is no longer in use. Choose the current region from the list.</source>
        <translation>Kode wilayah {region} sudah tidak berlaku. Pilih wilayah yang berlaku sekarang dari daftar.</translation>
    </message>
    <message>
        <source>There is no region with the code {region}.</source>
        <translation>Tidak ada wilayah dengan kode {region}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Kolom ini wajib diisi.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters, {count} typed.</source>
        <translation>Terlalu panjang: paling banyak {max} karakter, yang diketik {count}.</translation>
    </message>
    <message>
        <source>Too short: at least {min} characters.</source>
        <translation>Terlalu pendek: paling sedikit {min} karakter.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}): copy it again.</source>
        <translation>File {name} tidak bisa dibaca ({reason}): salin ulang file itu.</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; photos up to {max_mb} MB are accepted: choose a smaller photo or a lower camera resolution.</source>
        <translation>Ukuran file {size_mb} MB; foto yang diterima paling besar {max_mb} MB: pilih foto yang lebih kecil atau turunkan resolusi kamera.</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes): copy the photo again.</source>
        <translation>File {name} kosong (0 byte): salin ulang fotonya.</translation>
    </message>
    <message>
        <source>The photo {name} is incomplete or damaged and cannot be read: copy it from the camera or phone again.</source>
        <translation>Foto {name} tidak lengkap atau rusak sehingga tidak bisa dibaca: salin ulang dari kamera atau HP.</translation>
    </message>
    <message>
        <source>The file {name} is not a photo (or is badly damaged): choose a JPEG, PNG or WebP photo.</source>
        <translation>File {name} bukan foto (atau rusak parah): pilih foto JPEG, PNG, atau WebP.</translation>
    </message>
    <message>
        <source>The photo {name} is only {width}×{height} px; at least {min} px on the short side is needed: take the photo again at a normal size.</source>
        <translation>Foto {name} hanya {width}×{height} px; sisi pendeknya harus paling sedikit {min} px: ambil ulang foto dengan ukuran normal.</translation>
    </message>
    <message>
        <source>{name} is a {format} file; only JPEG, PNG and WebP photos are accepted: save it as JPEG (on iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible).</source>
        <translation>{name} adalah file {format}; hanya foto JPEG, PNG, dan WebP yang diterima: simpan sebagai JPEG (di iPhone: Pengaturan &gt; Kamera &gt; Format &gt; Paling Kompatibel).</translation>
    </message>
    <message>
        <source>The photo {name} has too many pixels ({megapixels} MP; at most {max_mp} MP): set the camera to a lower resolution such as 12 MP.</source>
        <translation>Foto {name} terlalu banyak pikselnya ({megapixels} MP; paling banyak {max_mp} MP): atur kamera ke resolusi lebih rendah, misalnya 12 MP.</translation>
    </message>
    <message>
        <source>The short edge is {short_edge} px; {marketplace} needs at least {min} px: retake the photo closer or at a higher resolution.</source>
        <translation>Sisi pendeknya {short_edge} px; {marketplace} meminta paling sedikit {min} px: foto ulang dari lebih dekat atau dengan resolusi lebih tinggi.</translation>
    </message>
    <message>
        <source>The cell has {count} characters; at most {max} are read.</source>
        <translation>Sel ini berisi {count} karakter; yang dibaca paling banyak {max}.</translation>
    </message>
    <message>
        <source>The cell holds a formula, which is never imported. Copy the column and paste it back as values only.</source>
        <translation>Sel ini berisi rumus, dan rumus tidak pernah diimpor. Salin kolomnya lalu tempel kembali sebagai nilai saja (Paste Values).</translation>
    </message>
    <message>
        <source>The spreadsheet stored {value} here, which cannot be a {column}. Format the column as Text and type the value again.</source>
        <translation>Spreadsheet menyimpan {value} di sini, padahal itu tidak mungkin {column}. Ubah format kolomnya menjadi Teks lalu ketik ulang nilainya.</translation>
    </message>
    <message>
        <source>The {column} is stored as a number ({value}): spreadsheets keep only 15 digits of a number, so its last digits may be wrong. Format the column as Text and type the {column} again from the card.</source>
        <translation>{column} tersimpan sebagai angka ({value}): spreadsheet hanya menyimpan 15 digit angka, jadi digit terakhirnya mungkin salah. Ubah format kolomnya menjadi Teks lalu ketik ulang {column} dari kartunya.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>{date} cannot be a birth date: check the year.</source>
        <translation>{date} tidak mungkin tanggal lahir: periksa tahunnya.</translation>
    </message>
    <message>
        <source>{value} is not a date. Write it as DD-MM-YYYY, e.g. 15-05-1990.</source>
        <translation>{value} bukan tanggal. Tulis dengan format HH-BB-TTTT, misalnya 15-05-1990.</translation>
    </message>
    <message>
        <source>Write L (male) or P (female); {value} was found.</source>
        <translation>Tulis L (laki-laki) atau P (perempuan); yang tertulis {value}.</translation>
    </message>
    <message>
        <source>{value} is not the code of a village: write the 10-digit code of the desa/kelurahan, e.g. 31.74.01.1001.</source>
        <translation>{value} bukan kode desa/kelurahan: tulis kode desa/kelurahan 10 digit, misalnya 31.74.01.1001.</translation>
    </message>
    <message>
        <source>Write Ya or Tidak; {value} is not understood.</source>
        <translation>Tulis Ya atau Tidak; {value} tidak dipahami.</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {value}: fix it in the file.</source>
        <translation>Sel ini menampilkan galat spreadsheet {value}: perbaiki di file-nya.</translation>
    </message>
    <message>
        <source>Another product in this export already uses SKU {sku}: give each product its own SKU (photo files are named after it).</source>
        <translation>Produk lain dalam ekspor ini sudah memakai SKU {sku}: beri setiap produk SKU sendiri (nama file foto diambil dari SKU).</translation>
    </message>
    <message>
        <source>Photo {index} is missing or damaged in the photo store: add the photo again.</source>
        <translation>Foto {index} hilang atau rusak di penyimpanan foto: tambahkan ulang fotonya.</translation>
    </message>
    <message>
        <source>The column {column} is not in the template and was ignored.</source>
        <translation>Kolom {column} tidak ada di templat dan diabaikan.</translation>
    </message>
    <message>
        <source>The column {column} appears twice.</source>
        <translation>Kolom {column} muncul dua kali.</translation>
    </message>
    <message>
        <source>Required columns are missing: {columns}. Start from the import template.</source>
        <translation>Kolom wajib tidak ada: {columns}. Mulailah dari templat impor.</translation>
    </message>
    <message>
        <source>The file has no rows of data below the header.</source>
        <translation>File ini tidak punya baris data di bawah baris judul.</translation>
    </message>
    <message>
        <source>The file has more than {max} rows. Split it into smaller files.</source>
        <translation>File ini berisi lebih dari {max} baris. Pecah menjadi beberapa file yang lebih kecil.</translation>
    </message>
    <message>
        <source>No header row found: the first row must hold the column names of the template (Nama Usaha, Nama Pemilik, NIK, ...).</source>
        <translation>Baris judul tidak ditemukan: baris pertama harus berisi nama kolom sesuai templat (Nama Usaha, Nama Pemilik, NIK, ...).</translation>
    </message>
    <message>
        <source>The NIK is masked (****). Export with the full NIK, or type it from the card.</source>
        <translation>NIK-nya disamarkan (****). Ekspor dengan NIK lengkap, atau ketik dari KTP.</translation>
    </message>
    <message>
        <source>The same NIK is already on row {first_row}. An import saves each NIK once: register another business of the same owner with the form.</source>
        <translation>NIK yang sama sudah ada di baris {first_row}. Impor menyimpan setiap NIK sekali saja: daftarkan usaha lain milik pemilik yang sama lewat formulir.</translation>
    </message>
    <message>
        <source>The same NIB is already on row {first_row}.</source>
        <translation>NIB yang sama sudah ada di baris {first_row}.</translation>
    </message>
    <message>
        <source>The same phone number is already on row {first_row}.</source>
        <translation>Nomor telepon yang sama sudah ada di baris {first_row}.</translation>
    </message>
    <message>
        <source>A business with the same name in the same village is already on row {first_row}.</source>
        <translation>Usaha dengan nama yang sama di desa/kelurahan yang sama sudah ada di baris {first_row}.</translation>
    </message>
    <message>
        <source>This NIK is already registered ({business}). Imports do not save duplicates: register another business of the same owner with the form.</source>
        <translation>NIK ini sudah terdaftar ({business}). Impor tidak menyimpan data ganda: daftarkan usaha lain milik pemilik yang sama lewat formulir.</translation>
    </message>
    <message>
        <source>This NIB is already registered ({business}). Imports do not save duplicates: check it with the form.</source>
        <translation>NIB ini sudah terdaftar ({business}). Impor tidak menyimpan data ganda: periksa lewat formulir.</translation>
    </message>
    <message>
        <source>This phone number is already registered ({business}). Imports do not save duplicates: check it with the form.</source>
        <translation>Nomor telepon ini sudah terdaftar ({business}). Impor tidak menyimpan data ganda: periksa lewat formulir.</translation>
    </message>
    <message>
        <source>A business with the same name is already registered in this village ({business}). Imports do not save duplicates: check it with the form.</source>
        <translation>Usaha dengan nama yang sama sudah terdaftar di desa/kelurahan ini ({business}). Impor tidak menyimpan data ganda: periksa lewat formulir.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}). Open it in Excel and save it again as .xlsx (Excel Workbook) or CSV UTF-8.</source>
        <translation>File tidak bisa dibaca ({reason}). Buka di Excel lalu simpan ulang sebagai .xlsx (Excel Workbook) atau CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is {size} MB; at most {max} MB can be imported at once. Split it into smaller files.</source>
        <translation>Ukuran file {size} MB; paling besar {max} MB yang bisa diimpor sekaligus. Pecah menjadi beberapa file yang lebih kecil.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>File {file} tidak ada.</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be imported. In Excel choose Save As and pick Excel Workbook (.xlsx) or CSV UTF-8.</source>
        <translation>Hanya file .xlsx dan .csv yang bisa diimpor. Di Excel pilih Save As lalu pilih Excel Workbook (.xlsx) atau CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Windows text (cp1252). Check names with accents, or save the file from Excel as CSV UTF-8.</source>
        <translation>File ini bukan teks UTF-8; file dibaca sebagai teks Windows (cp1252). Periksa nama yang memakai huruf beraksen, atau simpan file dari Excel sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist yet; the application creates it when it first starts.</source>
        <translation>Folder data {folder} belum ada; aplikasi akan membuatnya saat pertama kali dijalankan.</translation>
    </message>
    <message>
        <source>There is no database in {folder} yet; the application creates it when it first starts.</source>
        <translation>Belum ada basis data di {folder}; aplikasi akan membuatnya saat pertama kali dijalankan.</translation>
    </message>
    <message>
        <source>{file} is not a database this application can read ({reason}).</source>
        <translation>{file} bukan basis data yang bisa dibaca aplikasi ini ({reason}).</translation>
    </message>
    <message>
        <source>The database was written by a newer version of the application (schema {revision}). Install that version; this one will not open the database.</source>
        <translation>Basis data ini ditulis oleh versi aplikasi yang lebih baru (skema {revision}). Pasang versi itu; versi ini tidak akan membuka basis data tersebut.</translation>
    </message>
    <message>
        <source>The database has schema {revision}; it is backed up and upgraded to {head} the next time the application opens it.</source>
        <translation>Basis data memakai skema {revision}; basis data akan dicadangkan lalu diperbarui ke {head} saat aplikasi membukanya lagi.</translation>
    </message>
    <message>
        <source>The database is damaged ({details}). Do not delete anything: copy the data folder and contact support; the backups folder holds older copies.</source>
        <translation>Basis data rusak ({details}). Jangan hapus apa pun: salin folder data lalu hubungi tim dukungan; folder backups berisi salinan yang lebih lama.</translation>
    </message>
    <message>
        <source>The database uses the {mode} journal instead of WAL; the application switches it back when it opens the database.</source>
        <translation>Basis data memakai jurnal {mode}, bukan WAL; aplikasi akan mengembalikannya saat membuka basis data.</translation>
    </message>
    <message>
        <source>{count} changes were refused by the server and wait for the officer (quarantined or in conflict).</source>
        <translation>{count} perubahan ditolak server dan menunggu tindakan petugas (dikarantina atau bentrok).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys</source>
        <translation>Pilih bagian dengan tombol panah</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Products &amp; listings</source>
        <translation>Produk &amp; Listing</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Isi bagian</translation>
    </message>
    <message>
        <source>What is stored on this laptop now. Nothing here is an estimate: the figures are counted from the data.</source>
        <translation>Yang tersimpan di laptop ini sekarang. Tidak ada perkiraan di sini: angkanya dihitung langsung dari data.</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Di laptop ini</translation>
    </message>
    <message>
        <source>Businesses registered:</source>
        <translation>UMKM terdaftar:</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>Perubahan menunggu dikirim:</translation>
    </message>
    <message>
        <source>Changes refused by the server:</source>
        <translation>Perubahan ditolak server:</translation>
    </message>
    <message>
        <source>Registering businesses, product photos, listings, certificates and sending to the central server each get their own screen in the sections on the left as they are finished.</source>
        <translation>Pendaftaran UMKM, foto produk, listing, sertifikat, dan pengiriman ke server pusat masing-masing akan mendapat layar sendiri di bagian sebelah kiri begitu selesai dibuat.</translation>
    </message>
    <message>
        <source>The screen for registering and searching businesses is being built and comes in a next version. Businesses already stored on this laptop are kept safely and counted below.</source>
        <translation>Layar untuk mendaftarkan dan mencari UMKM sedang dibuat dan hadir di versi berikutnya. UMKM yang sudah tersimpan di laptop ini tetap aman dan jumlahnya tertera di bawah.</translation>
    </message>
    <message>
        <source>Product photos and marketplace listings are being built and come in a next version. There is nothing to show here yet.</source>
        <translation>Foto produk dan listing marketplace sedang dibuat dan hadir di versi berikutnya. Belum ada yang bisa ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Printing onboarding certificates from this screen is being built and comes in a next version. There is nothing to show here yet.</source>
        <translation>Pencetakan sertifikat pendampingan dari layar ini sedang dibuat dan hadir di versi berikutnya. Belum ada yang bisa ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Sending to the central server is being built and comes in a next version. Until then every change stays safely on this laptop, waiting to be sent.</source>
        <translation>Pengiriman ke server pusat sedang dibuat dan hadir di versi berikutnya. Sampai saat itu setiap perubahan tersimpan aman di laptop ini, menunggu dikirim.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>A new language applies at once, to every screen.</source>
        <translation>Bahasa yang dipilih langsung berlaku di semua layar.</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Petugas:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Skema basis data:</translation>
    </message>
    <message>
        <source>Program version:</source>
        <translation>Versi program:</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Petugas: {name}</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <source>Schema {revision}</source>
        <translation>Skema {revision}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Skema basis data</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>menghitung…</translation>
    </message>
    <message>
        <source>Businesses stored on this laptop: {count}</source>
        <translation>UMKM tersimpan di laptop ini: {count}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Perubahan menunggu dikirim: {count}</translation>
    </message>
    <message>
        <source>{businesses} businesses · {pending} waiting to be sent</source>
        <translation>{businesses} UMKM · {pending} menunggu dikirim</translation>
    </message>
</context>
<context>
    <name>MsmeScale</name>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>Large (not an UMKM)</source>
        <translation>Besar (bukan UMKM)</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
</context>
</TS>
