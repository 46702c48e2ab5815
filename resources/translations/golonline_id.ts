<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
<context>
    <name>Accounts</name>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>Terlalu banyak kata sandi salah. Coba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Kata sandi minimal {count} karakter.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask a supervisor to reactivate it.</source>
        <translation>Akun ini sudah dinonaktifkan. Minta supervisor untuk mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>AppStart</name>
    <message>
        <source>This data folder was last used by a newer version of GoOnline Desktop (database schema {revision}). Install that version, or a newer one, to open it. Nothing in its data was changed.

Folder: {folder}</source>
        <translation>Folder data ini terakhir dipakai oleh GoOnline Desktop versi yang lebih baru (skema basis data {revision}). Pasang versi itu, atau yang lebih baru, untuk membukanya. Tidak ada data di dalamnya yang diubah.

Folder: {folder}</translation>
    </message>
    <message>
        <source>The database in {folder} is encrypted and the key given does not open it. Start GoOnline Desktop normally and log in.</source>
        <translation>Basis data di {folder} terenkripsi dan kunci yang diberikan tidak dapat membukanya. Jalankan GoOnline Desktop seperti biasa lalu masuk.</translation>
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
    <name>AuditExport</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Officer ID</source>
        <translation>ID petugas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
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
        <translation>Kegiatan pendaftaran</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Dianonimkan</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Printed again</source>
        <translation>Dicetak ulang</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Revoked by the server</source>
        <translation>Dicabut oleh server</translation>
    </message>
    <message>
        <source>Changed at the central office</source>
        <translation>Diubah di kantor pusat</translation>
    </message>
    <message>
        <source>Received from the central office</source>
        <translation>Diterima dari kantor pusat</translation>
    </message>
    <message>
        <source>Conflict: this laptop&apos;s version kept</source>
        <translation>Konflik: versi laptop ini dipakai</translation>
    </message>
    <message>
        <source>Conflict: the server&apos;s version taken</source>
        <translation>Konflik: versi server dipakai</translation>
    </message>
    <message>
        <source>First supervisor set up</source>
        <translation>Supervisor pertama disiapkan</translation>
    </message>
    <message>
        <source>Laptop set up</source>
        <translation>Laptop disiapkan</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Diaktifkan kembali</translation>
    </message>
    <message>
        <source>Marked ready</source>
        <translation>Ditandai siap</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Masuk antrean</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dikirim ke marketplace</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Kembali ke draf</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID data</translation>
    </message>
    <message>
        <source>(unknown officer)</source>
        <translation>(petugas tidak dikenal)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistem)</translation>
    </message>
    <message>
        <source>This event does not match the chain: it was changed, or the one before it was removed.</source>
        <translation>Catatan ini tidak cocok dengan rantai: catatan ini diubah, atau catatan sebelumnya dihapus.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Berkas tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>The audit log could not be read: {reason}</source>
        <translation>Log audit tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Semua jenis data</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Events shown: {count}</source>
        <translation>Catatan ditampilkan: {count}</translation>
    </message>
    <message>
        <source>Checking every event…</source>
        <translation>Memeriksa setiap catatan…</translation>
    </message>
    <message>
        <source>✔ The audit log is intact: {count} events checked, none changed or removed.</source>
        <translation>✔ Log audit utuh: {count} catatan diperiksa, tidak ada yang diubah atau dihapus.</translation>
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
        <translation>✖ Log audit diubah di luar GoOnline Desktop. Catatan pertama yang tidak cocok: {event}. Catatan yang tidak cocok: {count} dari {checked}. Laporkan ke kantor Anda; biarkan laptop ini apa adanya.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>Saved {count} events to {file}.</source>
        <translation>{count} catatan disimpan ke {file}.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Every change made on this laptop, newest first: who, when, what. Each event is chained to the one before, so an event edited or removed outside GoOnline Desktop is found by Verify.</source>
        <translation>Setiap perubahan di laptop ini, yang terbaru di atas: siapa, kapan, apa. Setiap catatan terikat ke catatan sebelumnya, sehingga catatan yang diubah atau dihapus di luar GoOnline Desktop ditemukan oleh Periksa rantai.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Petugas:</translation>
    </message>
    <message>
        <source>Officer filter</source>
        <translation>Saring menurut petugas</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Jenis data:</translation>
    </message>
    <message>
        <source>Record type filter</source>
        <translation>Saring menurut jenis data</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>Only events in a date range</source>
        <translation>Hanya catatan dalam rentang tanggal</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;sampai</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Catatan audit</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Peri&amp;ksa rantai</translation>
    </message>
    <message>
        <source>Verify the audit log chain</source>
        <translation>Periksa rantai log audit</translation>
    </message>
    <message>
        <source>Check that no event was edited or removed outside GoOnline Desktop</source>
        <translation>Periksa bahwa tidak ada catatan yang diubah atau dihapus di luar GoOnline Desktop</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>Ekspor log audit ke CSV</translation>
    </message>
    <message>
        <source>Save the events shown (with the filters) as a CSV file</source>
        <translation>Simpan catatan yang ditampilkan (sesuai saringan) sebagai berkas CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Tutup log audit</translation>
    </message>
</context>
<context>
    <name>BusinessBrowser</name>
    <message>
        <source>Businesses</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Search businesses</source>
        <translation>Cari UMKM</translation>
    </message>
    <message>
        <source>Name, owner, NIK, phone, NIB or village</source>
        <translation>Nama usaha, pemilik, NIK, telepon, NIB atau desa</translation>
    </message>
    <message>
        <source>Type at least 3 characters; the list follows as you type</source>
        <translation>Ketik minimal 3 karakter; daftar langsung menyesuaikan</translation>
    </message>
    <message>
        <source>Type at least 3 characters to search.</source>
        <translation>Ketik minimal 3 karakter untuk mencari.</translation>
    </message>
    <message>
        <source>Filter by drive</source>
        <translation>Saring menurut kegiatan</translation>
    </message>
    <message>
        <source>Show only businesses of one registration drive</source>
        <translation>Tampilkan hanya UMKM dari satu kegiatan pendaftaran</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Saring menurut wilayah</translation>
    </message>
    <message>
        <source>Show only businesses of one regency or city</source>
        <translation>Tampilkan hanya UMKM dari satu kabupaten atau kota</translation>
    </message>
    <message>
        <source>Filter by scale</source>
        <translation>Saring menurut skala</translation>
    </message>
    <message>
        <source>Show only micro, small or medium businesses</source>
        <translation>Tampilkan hanya usaha mikro, kecil atau menengah</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Saring menurut sektor</translation>
    </message>
    <message>
        <source>Show only one sector</source>
        <translation>Tampilkan hanya satu sektor</translation>
    </message>
    <message>
        <source>Filter by sync state</source>
        <translation>Saring menurut status sinkronisasi</translation>
    </message>
    <message>
        <source>Show only businesses in one sync state</source>
        <translation>Tampilkan hanya UMKM dengan satu status sinkronisasi</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Tampilkan yang dihapus</translation>
    </message>
    <message>
        <source>Show deleted businesses</source>
        <translation>Tampilkan UMKM yang dihapus</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Urungkan penghapusan</translation>
    </message>
    <message>
        <source>Bring the deleted business back</source>
        <translation>Kembalikan UMKM yang dihapus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the undo message</source>
        <translation>Tutup pesan urungkan</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Sembunyikan pesan ini</translation>
    </message>
    <message>
        <source>&amp;New business</source>
        <translation>UMKM &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>UMKM baru</translation>
    </message>
    <message>
        <source>Register a new business (Ctrl+N)</source>
        <translation>Daftarkan UMKM baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open business</source>
        <translation>Buka UMKM</translation>
    </message>
    <message>
        <source>Open the selected business to view or edit it (Enter)</source>
        <translation>Buka UMKM yang dipilih untuk dilihat atau diubah (Enter)</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Tampilkan riwayat</translation>
    </message>
    <message>
        <source>Who changed the selected business, and when</source>
        <translation>Siapa yang mengubah UMKM yang dipilih, dan kapan</translation>
    </message>
    <message>
        <source>Delete business</source>
        <translation>Hapus UMKM</translation>
    </message>
    <message>
        <source>Delete the selected business (it can be undone)</source>
        <translation>Hapus UMKM yang dipilih (dapat diurungkan)</translation>
    </message>
</context>
<context>
    <name>BusinessBrowserPage</name>
    <message>
        <source>All drives</source>
        <translation>Semua kegiatan</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>All scales</source>
        <translation>Semua skala</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Semua sektor</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Semua status sinkronisasi</translation>
    </message>
    <message>
        <source>%1 businesses</source>
        <translation>%1 UMKM</translation>
    </message>
    <message>
        <source>%1+ businesses</source>
        <comment>more are being counted</comment>
        <translation>%1+ UMKM</translation>
    </message>
    <message>
        <source>Delete business</source>
        <translation>Hapus UMKM</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this right away.</source>
        <translation>Hapus “%1”? Anda dapat langsung mengurungkannya.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” telah dihapus.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Perubahan tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>BusinessTableModel</name>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kel.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
</context>
<context>
    <name>BusinessesSection</name>
    <message>
        <source>A registration was not saved the last time ({name}). Continue it now?

If you answer No, it stays kept and is offered again later.</source>
        <translation>Ada pendaftaran yang belum tersimpan terakhir kali ({name}). Lanjutkan sekarang?

Jika Anda menjawab Tidak, data tetap disimpan dan ditawarkan lagi nanti.</translation>
    </message>
    <message>
        <source>no name typed yet</source>
        <translation>belum ada nama</translation>
    </message>
    <message>
        <source>Unsaved registration</source>
        <translation>Pendaftaran belum tersimpan</translation>
    </message>
    <message>
        <source>Drive: none chosen</source>
        <translation>Kegiatan: belum dipilih</translation>
    </message>
    <message>
        <source>Drive: {name}</source>
        <translation>Kegiatan: {name}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Menyalakan kamera…</translation>
    </message>
    <message>
        <source>This laptop does not allow GoOnline to use the camera. Allow camera access in the system&apos;s privacy settings, then open this window again. Meanwhile you can add photos from files.</source>
        <translation>Laptop ini tidak mengizinkan GoOnline memakai kamera. Izinkan akses kamera di pengaturan privasi sistem, lalu buka jendela ini lagi. Sementara itu Anda bisa menambahkan foto dari file.</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Plug in a webcam (it appears here by itself), or add photos from files.</source>
        <translation>Tidak ada kamera di laptop ini. Colokkan webcam (akan muncul di sini dengan sendirinya), atau tambahkan foto dari file.</translation>
    </message>
    <message>
        <source>Waiting for the picture…</source>
        <translation>Menunggu gambar…</translation>
    </message>
    <message>
        <source>The camera cannot be started: another program may be using it (a video call or another camera app). Close that program and choose the camera again, or add photos from files. Details: {details}</source>
        <translation>Kamera tidak bisa dinyalakan: mungkin sedang dipakai program lain (panggilan video atau aplikasi kamera lain). Tutup program itu lalu pilih kamera lagi, atau tambahkan foto dari file. Rincian: {details}</translation>
    </message>
    <message>
        <source>The photo could not be taken: {details}</source>
        <translation>Foto tidak bisa diambil: {details}</translation>
    </message>
    <message>
        <source>The camera did not deliver a photo. Try again; if it keeps happening, choose the camera again.</source>
        <translation>Kamera tidak mengirim foto. Coba lagi; jika terus terjadi, pilih kamera lagi.</translation>
    </message>
    <message>
        <source>Photos taken: {count}</source>
        <translation>Foto diambil: {count}</translation>
    </message>
    <message>
        <source>Take product photos</source>
        <translation>Ambil foto produk</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>&amp;Take photo (Space)</source>
        <translation>&amp;Ambil foto (Spasi)</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>Press Space to take a photo; you can take several in a row</source>
        <translation>Tekan Spasi untuk mengambil foto; bisa beberapa kali berturut-turut</translation>
    </message>
    <message>
        <source>Photos taken</source>
        <translation>Foto yang diambil</translation>
    </message>
    <message>
        <source>Add from &amp;files instead…</source>
        <translation>Tambah dari &amp;file saja…</translation>
    </message>
    <message>
        <source>Add photos from files instead</source>
        <translation>Tambah foto dari file saja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Use these photos</source>
        <translation>&amp;Pakai foto ini</translation>
    </message>
    <message>
        <source>Use these photos</source>
        <translation>Pakai foto ini</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Drive:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>Drive shown in the list</source>
        <translation>Kegiatan yang ditampilkan di daftar</translation>
    </message>
    <message>
        <source>Businesses and their certificates</source>
        <translation>Daftar usaha dan sertifikatnya</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Pratinjau sertifikat</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>Semua kegiatan</translation>
    </message>
    <message>
        <source>{issued} of {total} businesses have a certificate</source>
        <translation>{issued} dari {total} usaha sudah punya sertifikat</translation>
    </message>
    <message>
        <source>Select a business with a certificate to see it here.</source>
        <translation>Pilih usaha yang sudah punya sertifikat untuk melihatnya di sini.</translation>
    </message>
    <message>
        <source>Preview: {pages} page(s), as they will print.</source>
        <translation>Pratinjau: {pages} halaman, persis seperti hasil cetaknya.</translation>
    </message>
    <message>
        <source>Issued {count} certificate(s).</source>
        <translation>{count} sertifikat diterbitkan.</translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Tercetak {done} dari {total}: {title}</translation>
    </message>
    <message>
        <source>{printed} of {total} printed.</source>
        <translation>{printed} dari {total} tercetak.</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>Pencetakan dihentikan.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Tidak tercetak: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>NOT VALID: the code does not match the certificate it names; it may be forged or altered.</source>
        <translation>TIDAK SAH: kode ini tidak cocok dengan sertifikat yang disebutnya; mungkin dipalsukan atau diubah.</translation>
    </message>
    <message>
        <source>NOT VALID: the code names another certificate.</source>
        <translation>TIDAK SAH: kode ini menyebut sertifikat lain.</translation>
    </message>
    <message>
        <source>Cannot check this certificate on this laptop: its issuing laptop is not known here yet. Sync, or open the code&apos;s address with a connection.</source>
        <translation>Sertifikat ini belum dapat diperiksa di laptop ini: laptop penerbitnya belum dikenal di sini. Lakukan sinkronisasi, atau buka alamat kode ini saat ada koneksi.</translation>
    </message>
    <message>
        <source>This is not the QR code of a GoOnline certificate.</source>
        <translation>Ini bukan kode QR sertifikat GoOnline.</translation>
    </message>
    <message>
        <source>REVOKED: certificate {number} is no longer valid; it was replaced by {replacement}.</source>
        <translation>DICABUT: sertifikat {number} tidak berlaku lagi; sudah diganti dengan {replacement}.</translation>
    </message>
    <message>
        <source>REVOKED: certificate {number} is no longer valid.</source>
        <translation>DICABUT: sertifikat {number} tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>VALID: certificate {number}, issued on this laptop.</source>
        <translation>SAH: sertifikat {number}, diterbitkan di laptop ini.</translation>
    </message>
    <message>
        <source>VALID: certificate {number}, issued by another laptop of the office.</source>
        <translation>SAH: sertifikat {number}, diterbitkan oleh laptop lain dari kantor ini.</translation>
    </message>
    <message>
        <source>{business}, issued on {date} by {office} ({officer}); {region}.</source>
        <translation>{business}, diterbitkan tanggal {date} oleh {office} ({officer}); {region}.</translation>
    </message>
    <message>
        <source>The laptop that issued it has since been revoked: ask the office whether the certificate still stands.</source>
        <translation>Laptop penerbitnya sudah dicabut sejak itu: tanyakan ke kantor apakah sertifikat ini masih berlaku.</translation>
    </message>
    <message>
        <source>Save certificates as PDF</source>
        <translation>Simpan sertifikat sebagai PDF</translation>
    </message>
    <message>
        <source>Revoke and reissue</source>
        <translation>Cabut dan terbitkan ulang</translation>
    </message>
    <message>
        <source>Why is certificate {number} revoked? A new number is printed instead.</source>
        <translation>Mengapa sertifikat {number} dicabut? Sertifikat baru dengan nomor baru akan dicetak sebagai gantinya.</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Terbitkan sertifikat</translation>
    </message>
    <message>
        <source>Issue a certificate for the selected businesses</source>
        <translation>Terbitkan sertifikat untuk usaha yang dipilih</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Print the selected certificates</source>
        <translation>Cetak sertifikat yang dipilih</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Cetak semua…</translation>
    </message>
    <message>
        <source>Print every certificate in the list</source>
        <translation>Cetak semua sertifikat di daftar</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save the selected certificates as a PDF file</source>
        <translation>Simpan sertifikat yang dipilih sebagai berkas PDF</translation>
    </message>
    <message>
        <source>Revoke and reissue…</source>
        <translation>Cabut dan terbitkan ulang…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate and issue a new number</source>
        <translation>Cabut sertifikat yang dipilih dan terbitkan nomor baru</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Kemajuan pencetakan</translation>
    </message>
    <message>
        <source>Stop printing</source>
        <translation>Hentikan pencetakan</translation>
    </message>
    <message>
        <source>Stop printing after the current certificate</source>
        <translation>Hentikan pencetakan setelah sertifikat yang sedang dicetak</translation>
    </message>
    <message>
        <source>Check a scanned code:</source>
        <translation>Periksa kode hasil pindai:</translation>
    </message>
    <message>
        <source>Scanned certificate code</source>
        <translation>Kode sertifikat hasil pindai</translation>
    </message>
    <message>
        <source>Scan the QR code or paste its address</source>
        <translation>Pindai kode QR atau tempel alamatnya</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Check the scanned certificate code on this laptop</source>
        <translation>Periksa kode sertifikat hasil pindai di laptop ini</translation>
    </message>
    <message>
        <source>Result of the certificate check</source>
        <translation>Hasil pemeriksaan sertifikat</translation>
    </message>
</context>
<context>
    <name>CertificateSettings</name>
    <message>
        <source>the server this laptop is enrolled with</source>
        <translation>server tempat laptop ini terdaftar</translation>
    </message>
    <message>
        <source>set by GOLONLINE_VERIFY_BASE_URL</source>
        <translation>diatur lewat GOLONLINE_VERIFY_BASE_URL</translation>
    </message>
    <message>
        <source>default, not a real address: enroll this laptop or set GOLONLINE_VERIFY_BASE_URL</source>
        <translation>bawaan, bukan alamat sungguhan: daftarkan laptop ini atau atur GOLONLINE_VERIFY_BASE_URL</translation>
    </message>
    <message>
        <source>Certificate verification:</source>
        <translation>Verifikasi sertifikat:</translation>
    </message>
    <message>
        <source>Certificate verification address</source>
        <translation>Alamat verifikasi sertifikat</translation>
    </message>
    <message>
        <source>Where the certificate verification address comes from</source>
        <translation>Asal alamat verifikasi sertifikat</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Belum terbit</translation>
    </message>
    <message>
        <source>Issued (local code)</source>
        <translation>Terbit (kode lokal)</translation>
    </message>
    <message>
        <source>Issued before enrollment: the number carries this laptop&apos;s local code. It stays valid.</source>
        <translation>Terbit sebelum perangkat terdaftar: nomornya memakai kode lokal laptop ini. Sertifikat tetap sah.</translation>
    </message>
    <message>
        <source>{business}
Owner: {owner}</source>
        <translation>{business}
Pemilik: {owner}</translation>
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
        <source>your username (a data folder set up with accounts)</source>
        <translation>nama pengguna Anda (folder data yang memakai akun petugas)</translation>
    </message>
    <message>
        <source>read the password (then any other secret asked) from standard input</source>
        <translation>baca kata sandi (lalu rahasia lain yang diminta) dari masukan standar</translation>
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
        <source>first delete photo files no product, draft or unsent change needs (only those older than the grace period)</source>
        <translation>hapus dulu berkas foto yang tidak dibutuhkan produk, draf, atau perubahan yang belum terkirim (hanya yang lebih lama dari masa tenggang)</translation>
    </message>
    <message>
        <source>grace period in days for --collect-photos (default 7)</source>
        <translation>masa tenggang dalam hari untuk --collect-photos (bawaan 7)</translation>
    </message>
    <message>
        <source>This data folder is protected by officer accounts: give --user NAME (the password is asked, or read with --password-stdin).</source>
        <translation>Folder data ini dilindungi akun petugas: berikan --user NAMA (kata sandi akan ditanyakan, atau dibaca dengan --password-stdin).</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Terlalu banyak kata sandi salah: coba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
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
        <source>Photo files: {count} ({damaged} damaged, {missing} missing)</source>
        <translation>Berkas foto: {count} ({damaged} rusak, {missing} hilang)</translation>
    </message>
    <message>
        <source>Backups: {count}</source>
        <translation>Cadangan: {count}</translation>
    </message>
    <message>
        <source>--grace-days cannot be negative.</source>
        <translation>--grace-days tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Photo files removed: {removed} of {stored}. Kept: {live} used by products, {drafts} by unsaved drafts, {unsent} by changes not yet synced, {young} younger than {days} days.</source>
        <translation>Berkas foto dihapus: {removed} dari {stored}. Disimpan: {live} dipakai produk, {drafts} oleh draf yang belum disimpan, {unsent} oleh perubahan yang belum tersinkron, {young} berumur kurang dari {days} hari.</translation>
    </message>
    <message>
        <source>address of the central server, e.g. https://...</source>
        <translation>alamat server pusat, mis. https://...</translation>
    </message>
    <message>
        <source>register this laptop with the central server</source>
        <translation>daftarkan laptop ini ke server pusat</translation>
    </message>
    <message>
        <source>send and receive changes with the server</source>
        <translation>kirim dan terima perubahan dengan server</translation>
    </message>
    <message>
        <source>keep syncing until stopped (Ctrl+C)</source>
        <translation>terus sinkronkan sampai dihentikan (Ctrl+C)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Give your username with --user.</source>
        <translation>Berikan nama pengguna Anda dengan --user.</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>Kata sandi server: </translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>Kata sandi wajib diisi.</translation>
    </message>
    <message>
        <source>Enrollment failed: {message}</source>
        <translation>Pendaftaran laptop gagal: {message}</translation>
    </message>
    <message>
        <source>Enrolled as device {device} of office {office}.</source>
        <translation>Terdaftar sebagai perangkat {device} di kantor {office}.</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>menyiapkan</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>mengirim</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>menerima</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>{n} applied</source>
        <translation>{n} diterapkan</translation>
    </message>
    <message>
        <source>{n} already on the server</source>
        <translation>{n} sudah ada di server</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>{n} berkonflik</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} ditolak</translation>
    </message>
    <message>
        <source>{n} photos uploaded</source>
        <translation>{n} foto diunggah</translation>
    </message>
    <message>
        <source>{n} bytes sent</source>
        <translation>{n} bita terkirim</translation>
    </message>
    <message>
        <source>{n} received</source>
        <translation>{n} diterima</translation>
    </message>
    <message>
        <source>{n} received and applied</source>
        <translation>{n} diterima dan diterapkan</translation>
    </message>
    <message>
        <source>{n} received in conflict</source>
        <translation>{n} diterima dengan konflik</translation>
    </message>
    <message>
        <source>{n} still to send</source>
        <translation>{n} belum terkirim</translation>
    </message>
    <message>
        <source>{stage}: {done}/{total} records, {sent}/{size} bytes</source>
        <translation>{stage}: {done}/{total} data, {sent}/{size} bita</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, sekitar {seconds} detik lagi</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>tidak ada yang perlu dikirim</translation>
    </message>
    <message>
        <source>sync: {summary}</source>
        <translation>sinkronisasi: {summary}</translation>
    </message>
    <message>
        <source>The office revoked this laptop: it no longer syncs. Ask your supervisor.</source>
        <translation>Kantor telah mencabut laptop ini: laptop ini tidak lagi disinkronkan. Hubungi supervisor Anda.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled: run `golonline-desktop enroll` first.</source>
        <translation>Laptop ini belum terdaftar di server: jalankan `golonline-desktop enroll` terlebih dahulu.</translation>
    </message>
    <message>
        <source>refused: {entity} {id} v{version}: {message}</source>
        <translation>ditolak: {entity} {id} v{version}: {message}</translation>
    </message>
    <message>
        <source>conflict: {entity} {id}: {message}</source>
        <translation>konflik: {entity} {id}: {message}</translation>
    </message>
    <message>
        <source>hand over or erase a revoked laptop&apos;s unsent work</source>
        <translation>serahkan atau hapus data yang belum terkirim dari laptop yang dicabut</translation>
    </message>
    <message>
        <source>write the unsent changes to an encrypted file</source>
        <translation>tulis perubahan yang belum terkirim ke berkas terenkripsi</translation>
    </message>
    <message>
        <source>queue a handover file&apos;s changes on this laptop</source>
        <translation>antrekan perubahan dari berkas serah terima di laptop ini</translation>
    </message>
    <message>
        <source>remove this revoked laptop&apos;s data</source>
        <translation>hapus data laptop yang dicabut ini</translation>
    </message>
    <message>
        <source>confirm: the data cannot be brought back</source>
        <translation>konfirmasi: data tidak dapat dikembalikan</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: run it again with --yes to confirm.</source>
        <translation>Penghapusan tidak dapat dibatalkan: jalankan lagi dengan --yes untuk mengonfirmasi.</translation>
    </message>
    <message>
        <source>Erased {count} items of {folder}.</source>
        <translation>{count} isi dari {folder} telah dihapus.</translation>
    </message>
    <message>
        <source>Passphrase of the handover file: </source>
        <translation>Frasa sandi berkas serah terima: </translation>
    </message>
    <message>
        <source>Wrote {changes} unsent changes and {photos} photos to {file}.</source>
        <translation>{changes} perubahan yang belum terkirim dan {photos} foto ditulis ke {file}.</translation>
    </message>
    <message>
        <source>Queued {changes} changes and {photos} photos to be sent; {skipped} were already here.</source>
        <translation>{changes} perubahan dan {photos} foto diantrekan untuk dikirim; {skipped} sudah ada di sini.</translation>
    </message>
    <message>
        <source>Could not use {file}: {reason}</source>
        <translation>Tidak dapat memakai {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>this laptop: version {local} · server: version {server}</source>
        <translation>laptop ini: versi {local} · server: versi {server}</translation>
    </message>
    <message>
        <source>One version deletes this record and the other keeps it: only a supervisor may decide.</source>
        <translation>Satu versi menghapus data ini dan versi lain mempertahankannya: hanya supervisor yang boleh memutuskan.</translation>
    </message>
    <message>
        <source>The two versions hold the same data; either choice keeps it.</source>
        <translation>Kedua versi berisi data yang sama; pilihan mana pun mempertahankannya.</translation>
    </message>
    <message>
        <source>NIKs are shown masked for your role.</source>
        <translation>NIK ditampilkan tersamar untuk peran Anda.</translation>
    </message>
    <message>
        <source>Decide a sync conflict</source>
        <translation>Putuskan konflik sinkronisasi</translation>
    </message>
    <message>
        <source>This record was changed on this laptop and, meanwhile, elsewhere. Compare the two versions and choose the one to keep. The other one is set aside; the choice is written to the audit log.</source>
        <translation>Data ini diubah di laptop ini dan, sementara itu, di tempat lain. Bandingkan kedua versi dan pilih yang dipakai. Versi yang lain disisihkan; pilihan Anda dicatat di log audit.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Kolom yang berbeda</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Cancel: decide later</source>
        <translation>Batal: putuskan nanti</translation>
    </message>
    <message>
        <source>Use this &amp;laptop&apos;s version</source>
        <translation>Pakai versi &amp;laptop ini</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s version</source>
        <translation>Pakai versi laptop ini</translation>
    </message>
    <message>
        <source>Use the &amp;server&apos;s version</source>
        <translation>Pakai versi &amp;server</translation>
    </message>
    <message>
        <source>Use the server&apos;s version</source>
        <translation>Pakai versi server</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Read this text to the owner, or let the owner read it. Version {version}.</source>
        <translation>Bacakan teks ini kepada pemilik, atau biarkan pemilik membacanya. Versi {version}.</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation>Persetujuan pemrosesan data pribadi</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Teks persetujuan</translation>
    </message>
    <message>
        <source>Owner does &amp;not agree</source>
        <translation>Pemilik &amp;tidak setuju</translation>
    </message>
    <message>
        <source>Owner does not agree</source>
        <translation>Pemilik tidak setuju</translation>
    </message>
    <message>
        <source>Owner &amp;agrees</source>
        <translation>Pemilik &amp;setuju</translation>
    </message>
    <message>
        <source>Owner agrees</source>
        <translation>Pemilik setuju</translation>
    </message>
</context>
<context>
    <name>DataSubject</name>
    <message>
        <source>Personal data held on this laptop for NIK {nik}</source>
        <translation>Data pribadi yang tersimpan di laptop ini untuk NIK {nik}</translation>
    </message>
    <message>
        <source>Prepared at {at}</source>
        <translation>Disiapkan pada {at}</translation>
    </message>
    <message>
        <source>Business: {name} (registered {at})</source>
        <translation>Usaha: {name} (didaftarkan {at})</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>{products} products, {certificates} certificates, {events} recorded actions</source>
        <translation>{products} produk, {certificates} sertifikat, {events} tindakan tercatat</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>berlaku</translation>
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
    <name>DriveDialog</name>
    <message>
        <source>No drive yet on this laptop: create the first one.</source>
        <translation>Belum ada kegiatan di laptop ini: buat yang pertama.</translation>
    </message>
    <message>
        <source>Type the name of the drive.</source>
        <translation>Ketik nama kegiatan.</translation>
    </message>
    <message>
        <source>Choose the place from the list that opens as you type.</source>
        <translation>Pilih tempat dari daftar yang muncul saat Anda mengetik.</translation>
    </message>
    <message>
        <source>The drive could not be saved: {reason}</source>
        <translation>Kegiatan tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Kegiatan pendataan</translation>
    </message>
    <message>
        <source>New registrations belong to the drive chosen here. Pick today&apos;s drive, or create it.</source>
        <translation>Pendaftaran baru masuk ke kegiatan yang dipilih di sini. Pilih kegiatan hari ini, atau buat baru.</translation>
    </message>
    <message>
        <source>&amp;Existing drives:</source>
        <translation>&amp;Kegiatan yang ada:</translation>
    </message>
    <message>
        <source>Existing drives</source>
        <translation>Kegiatan yang ada</translation>
    </message>
    <message>
        <source>Or create a new drive</source>
        <translation>Atau buat kegiatan baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Drive name</source>
        <translation>Nama kegiatan</translation>
    </message>
    <message>
        <source>e.g. Pendataan UMKM Kel. Tebet Timur</source>
        <translation>mis. Pendataan UMKM Kel. Tebet Timur</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <source>Drive date</source>
        <translation>Tanggal kegiatan</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>Drive place</source>
        <translation>Tempat kegiatan</translation>
    </message>
    <message>
        <source>Type a village, kecamatan or kabupaten name</source>
        <translation>Ketik nama desa, kecamatan, atau kabupaten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Close without choosing</source>
        <translation>Tutup tanpa memilih</translation>
    </message>
    <message>
        <source>C&amp;reate and use</source>
        <translation>B&amp;uat dan pakai</translation>
    </message>
    <message>
        <source>Create and use the new drive</source>
        <translation>Buat dan pakai kegiatan baru</translation>
    </message>
    <message>
        <source>&amp;Use selected</source>
        <translation>&amp;Pakai yang dipilih</translation>
    </message>
    <message>
        <source>Use the selected drive</source>
        <translation>Pakai kegiatan yang dipilih</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>same NIB</source>
        <translation>NIB sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>nomor telepon sama</translation>
    </message>
    <message>
        <source>similar name in the same village</source>
        <translation>nama mirip di desa yang sama</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Why it may be the same</source>
        <translation>Alasan kemungkinan sama</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>This business may already be registered. Check the list before saving another record.</source>
        <translation>Usaha ini mungkin sudah terdaftar. Periksa daftar di bawah sebelum menyimpan data baru.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>&amp;Reason for saving anyway:</source>
        <translation>&amp;Alasan tetap menyimpan:</translation>
    </message>
    <message>
        <source>Reason for saving anyway</source>
        <translation>Alasan tetap menyimpan</translation>
    </message>
    <message>
        <source>e.g. a second shop of the same owner</source>
        <translation>mis. toko kedua milik pemilik yang sama</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Kembali ke formulir</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>B&amp;uka data yang sudah ada</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Buka data yang sudah ada</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Tetap &amp;simpan</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enroll this laptop</source>
        <translation>Daftarkan laptop ini</translation>
    </message>
    <message>
        <source>Enroll this laptop with the central server once, so it can send the registrations. Your supervisor gives you the server address and your account. Your password is sent once and is not stored on this laptop.</source>
        <translation>Daftarkan laptop ini ke server pusat satu kali, agar dapat mengirim data pendaftaran. Alamat server dan akun Anda diberikan oleh atasan Anda. Kata sandi hanya dikirim sekali dan tidak disimpan di laptop ini.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>for example https://sinkron.example.go.id</source>
        <translation>misalnya https://sinkron.example.go.id</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation>Nama &amp;laptop:</translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation>Nama laptop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Daftarkan</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them (capital letters count) and try again.</source>
        <translation>Nama pengguna atau kata sandi salah. Periksa kembali (huruf besar dan kecil dibedakan), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server at {url} cannot be reached. Check the address and the internet connection, then try again.</source>
        <translation>Server di {url} tidak dapat dihubungi. Periksa alamatnya dan koneksi internet, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server refused the enrollment ({detail}).</source>
        <translation>Server menolak pendaftaran laptop ({detail}).</translation>
    </message>
    <message>
        <source>“{url}” is not a server address. Type it as your supervisor gave it.</source>
        <translation>“{url}” bukan alamat server. Ketik persis seperti yang diberikan atasan Anda.</translation>
    </message>
    <message>
        <source>The laptop could not be enrolled: {reason}</source>
        <translation>Laptop tidak dapat didaftarkan: {reason}</translation>
    </message>
    <message>
        <source>Type the server address.</source>
        <translation>Ketik alamat server.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>Give this laptop a name, e.g. “Laptop Tebet 2”.</source>
        <translation>Beri nama laptop ini, misalnya “Laptop Tebet 2”.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Menghubungi server…</translation>
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
        <source>Choose a village (desa/kelurahan), not a larger area.</source>
        <translation>Pilih desa/kelurahan, bukan wilayah yang lebih besar.</translation>
    </message>
    <message>
        <source>Region code {region} is not a current village code.</source>
        <translation>Kode wilayah {region} bukan kode desa/kelurahan yang berlaku.</translation>
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
        <source>{count} photo files are damaged (their content does not match their name), first {name}. Add those photos to their products again.</source>
        <translation>{count} berkas foto rusak (isinya tidak cocok dengan namanya), yang pertama {name}. Tambahkan lagi foto itu ke produknya.</translation>
    </message>
    <message>
        <source>{count} photos of products are missing from the photo store, first {name}. Add those photos to their products again.</source>
        <translation>{count} foto produk hilang dari penyimpanan foto, yang pertama {name}. Tambahkan lagi foto itu ke produknya.</translation>
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
        <source>The audit log was altered outside the application: {count} entries do not match the chain (first at entry {first}). Copy the data folder and report it to your supervisor.</source>
        <translation>Log audit diubah di luar aplikasi: {count} entri tidak cocok dengan rantai (pertama pada entri {first}). Salin folder data dan laporkan kepada supervisor Anda.</translation>
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
    <message>
        <source>Type the date of birth as DD-MM-YYYY, e.g. 15-05-1990.</source>
        <translation>Ketik tanggal lahir sebagai HH-BB-TTTT, mis. 15-05-1990.</translation>
    </message>
    <message>
        <source>Enter the product name.</source>
        <translation>Isi nama produk.</translation>
    </message>
    <message>
        <source>The price cannot be below Rp0.</source>
        <translation>Harga tidak boleh kurang dari Rp0.</translation>
    </message>
    <message>
        <source>The stock cannot be below 0.</source>
        <translation>Stok tidak boleh kurang dari 0.</translation>
    </message>
    <message>
        <source>Choose a product category from the list.</source>
        <translation>Pilih kategori produk dari daftar.</translation>
    </message>
    <message>
        <source>A product can have at most {max} photos ({count} now): remove some.</source>
        <translation>Satu produk paling banyak {max} foto (sekarang {count}): hapus sebagian.</translation>
    </message>
    <message>
        <source>Photo {index} is no longer on this laptop: add it again.</source>
        <translation>Foto {index} sudah tidak ada di laptop ini: tambahkan lagi.</translation>
    </message>
    <message>
        <source>Another product of this business already uses the SKU {sku}: choose a different one.</source>
        <translation>SKU {sku} sudah dipakai produk lain dari usaha ini: pilih SKU lain.</translation>
    </message>
    <message>
        <source>This business was deleted: restore it first.</source>
        <translation>Usaha ini sudah dihapus: pulihkan dulu.</translation>
    </message>
    <message>
        <source>Type the business&apos;s KBLI code before issuing.</source>
        <translation>Isi kode KBLI usaha ini sebelum menerbitkan sertifikat.</translation>
    </message>
    <message>
        <source>The business&apos;s village is not a current region: correct it first.</source>
        <translation>Desa/kelurahan usaha ini bukan kode wilayah yang berlaku: perbaiki dulu.</translation>
    </message>
    <message>
        <source>This business already has certificate {number}: print it again, or revoke it and issue a new one.</source>
        <translation>Usaha ini sudah punya sertifikat {number}: cetak ulang, atau cabut lalu terbitkan yang baru.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Tuliskan alasan sertifikat dicabut.</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked.</source>
        <translation>Sertifikat {number} sudah dicabut.</translation>
    </message>
    <message>
        <source>Type the NIP (18 digits).</source>
        <translation>Ketik NIP (18 digit).</translation>
    </message>
    <message>
        <source>NIP may only contain digits.</source>
        <translation>NIP hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>NIP must have 18 digits; {count} were typed.</source>
        <translation>NIP harus 18 digit; yang diketik {count}.</translation>
    </message>
    <message>
        <source>The first eight digits of the NIP ({digits}) are not a real birth date (YYYYMMDD).</source>
        <translation>Delapan digit pertama NIP ({digits}) bukan tanggal lahir yang benar (TTTTBBHH).</translation>
    </message>
    <message>
        <source>Digits 9 to 14 of the NIP ({digits}) are not a real month of appointment (YYYYMM).</source>
        <translation>Digit ke-9 sampai ke-14 NIP ({digits}) bukan bulan pengangkatan yang benar (TTTTBB).</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP must be 1 (man) or 2 (woman), not {digit}.</source>
        <translation>Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}.</translation>
    </message>
    <message>
        <source>The last three digits of a NIP cannot be 000.</source>
        <translation>Tiga digit terakhir NIP tidak boleh 000.</translation>
    </message>
    <message>
        <source>The NIP gives an appointment ({month}) before the birth date.</source>
        <translation>NIP menunjukkan pengangkatan ({month}) sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>The NIP gives an appointment ({month}) before the officer&apos;s 18th birthday. Check the NIP on the SK.</source>
        <translation>NIP menunjukkan pengangkatan ({month}) sebelum petugas berusia 18 tahun. Periksa NIP pada SK.</translation>
    </message>
    <message>
        <source>The NIP gives an appointment ({month}) in the future. Check the NIP.</source>
        <translation>NIP menunjukkan pengangkatan ({month}) di masa depan. Periksa NIP.</translation>
    </message>
    <message>
        <source>The NIP gives the birth date {nip_date}, but {typed_date} was typed.</source>
        <translation>NIP menunjukkan tanggal lahir {nip_date}, tetapi yang diketik {typed_date}.</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP does not match the sex typed for the officer.</source>
        <translation>Digit ke-15 NIP tidak cocok dengan jenis kelamin petugas yang diketik.</translation>
    </message>
    <message>
        <source>Type the officer&apos;s name.</source>
        <translation>Ketik nama petugas.</translation>
    </message>
    <message>
        <source>A name has at most {count} characters.</source>
        <translation>Nama paling banyak {count} karakter.</translation>
    </message>
    <message>
        <source>Type a username without spaces (at most {count} characters).</source>
        <translation>Ketik nama pengguna tanpa spasi (paling banyak {count} karakter).</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Kata sandi minimal {count} karakter.</translation>
    </message>
    <message>
        <source>The username {username} is already used.</source>
        <translation>Nama pengguna {username} sudah dipakai.</translation>
    </message>
    <message>
        <source>Another officer already has the NIP {nip}.</source>
        <translation>NIP {nip} sudah dimiliki petugas lain.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This is not a handover file.</source>
        <translation>Ini bukan berkas serah terima.</translation>
    </message>
    <message>
        <source>This handover file comes from another office: only a laptop of the same office can send its changes.</source>
        <translation>Berkas serah terima ini berasal dari kantor lain: hanya laptop dari kantor yang sama yang dapat mengirim perubahannya.</translation>
    </message>
    <message>
        <source>A photo in the file is damaged.</source>
        <translation>Sebuah foto di dalam berkas rusak.</translation>
    </message>
    <message>
        <source>The handover file is damaged.</source>
        <translation>Berkas serah terima rusak.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Frasa sandi harus terdiri dari sedikitnya {n} karakter.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed after it was written.</source>
        <translation>Frasa sandi salah, atau berkas diubah setelah ditulis.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Changed at the central office</source>
        <translation>Diubah di kantor pusat</translation>
    </message>
    <message>
        <source>business name</source>
        <translation>nama usaha</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
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
        <translation>versi KBLI</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>village</source>
        <translation>desa/kelurahan</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>kode pos</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>modal</translation>
    </message>
    <message>
        <source>annual sales</source>
        <translation>omzet tahunan</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>skala</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>jumlah pekerja</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Data yang diubah</translation>
    </message>
    <message>
        <source>(unknown officer)</source>
        <translation>(petugas tidak dikenal)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Belum ada perubahan tercatat.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Tutup riwayat</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Tutup jendela ini</translation>
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
    <name>ListingQueue</name>
    <message>
        <source>Reason given by the marketplace:</source>
        <translation>Alasan dari marketplace:</translation>
    </message>
    <message>
        <source>Fix these before the listing can be queued:</source>
        <translation>Perbaiki hal berikut sebelum listing bisa diantrekan:</translation>
    </message>
    <message>
        <source>Worth improving (does not block):</source>
        <translation>Sebaiknya diperbaiki (tidak menghalangi):</translation>
    </message>
    <message>
        <source>Every check of this marketplace passes.</source>
        <translation>Semua pemeriksaan marketplace ini lolos.</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Semua marketplace</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Choose a listing to see its checks.</source>
        <translation>Pilih listing untuk melihat hasil pemeriksaannya.</translation>
    </message>
    <message>
        <source>Queued for sync: {queued}.</source>
        <translation>Masuk antrean sinkron: {queued}.</translation>
    </message>
    <message>
        <source>Back to draft because a check now fails: {count}.</source>
        <translation>Kembali ke draf karena ada pemeriksaan yang kini gagal: {count}.</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Tidak berhasil: {error}</translation>
    </message>
    <message>
        <source>Listing rejected</source>
        <translation>Listing ditolak</translation>
    </message>
    <message>
        <source>Why did the marketplace reject it? (copy its message)</source>
        <translation>Mengapa marketplace menolaknya? (salin pesannya)</translation>
    </message>
    <message>
        <source>Save reason</source>
        <translation>Simpan alasan</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Nothing to export: add products first.</source>
        <translation>Tidak ada yang diekspor: tambahkan produk dulu.</translation>
    </message>
    <message>
        <source>{marketplace}: {rows} product(s), {skipped} left out</source>
        <translation>{marketplace}: {rows} produk, {skipped} tidak disertakan</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>Diekspor ke {folder}.</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Show marketplace</source>
        <translation>Tampilkan marketplace</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Show state</source>
        <translation>Tampilkan status</translation>
    </message>
    <message>
        <source>Whole drive</source>
        <translation>Seluruh kegiatan</translation>
    </message>
    <message>
        <source>Show the whole drive</source>
        <translation>Tampilkan seluruh kegiatan</translation>
    </message>
    <message>
        <source>Show the listings of every business of the drive, not only the chosen business</source>
        <translation>Tampilkan listing semua usaha dalam kegiatan ini, bukan hanya usaha yang dipilih</translation>
    </message>
    <message>
        <source>Queue all &amp;ready</source>
        <translation>Antrekan semua yang &amp;siap</translation>
    </message>
    <message>
        <source>Queue all ready</source>
        <translation>Antrekan semua yang siap</translation>
    </message>
    <message>
        <source>Check every ready listing shown again and queue it for sync</source>
        <translation>Periksa ulang setiap listing siap yang tampil lalu antrekan untuk sinkron</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Problems and how to fix them</source>
        <translation>Masalah dan cara memperbaikinya</translation>
    </message>
    <message>
        <source>Values for this marketplace</source>
        <translation>Isian khusus marketplace ini</translation>
    </message>
    <message>
        <source>Marketplace category ID</source>
        <translation>ID kategori marketplace</translation>
    </message>
    <message>
        <source>From the seller centre, e.g. 100629</source>
        <translation>Dari Seller Centre, mis. 100629</translation>
    </message>
    <message>
        <source>Pickup-point code</source>
        <translation>Kode titik jemput</translation>
    </message>
    <message>
        <source>Blibli only, e.g. PP-1234567</source>
        <translation>Khusus Blibli, mis. PP-1234567</translation>
    </message>
    <message>
        <source>Apply and check again</source>
        <translation>Terapkan dan periksa ulang</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;ulang</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa ulang</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Antrekan</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrekan</translation>
    </message>
    <message>
        <source>Mark &amp;submitted</source>
        <translation>Tandai &amp;dikirim</translation>
    </message>
    <message>
        <source>Mark submitted</source>
        <translation>Tandai dikirim</translation>
    </message>
    <message>
        <source>Mark &amp;live</source>
        <translation>Tandai &amp;tayang</translation>
    </message>
    <message>
        <source>Mark live</source>
        <translation>Tandai tayang</translation>
    </message>
    <message>
        <source>Mark re&amp;jected…</source>
        <translation>Tandai dito&amp;lak…</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Tandai ditolak</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Tarik &amp;kembali</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarik kembali</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Kembali ke d&amp;raf</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Kembali ke draf</translation>
    </message>
    <message>
        <source>Export this &amp;business</source>
        <translation>Ekspor &amp;usaha ini</translation>
    </message>
    <message>
        <source>Export this business</source>
        <translation>Ekspor usaha ini</translation>
    </message>
    <message>
        <source>Write a bulk-upload workbook and photo folder for each active marketplace</source>
        <translation>Buat file unggah massal dan folder foto untuk setiap marketplace yang aktif</translation>
    </message>
    <message>
        <source>Export the whole dri&amp;ve</source>
        <translation>Ekspor seluruh &amp;kegiatan</translation>
    </message>
    <message>
        <source>Export the whole drive</source>
        <translation>Ekspor seluruh kegiatan</translation>
    </message>
</context>
<context>
    <name>ListingState</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
</context>
<context>
    <name>ListingTableModel</name>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Layar kunci</translation>
    </message>
    <message>
        <source>GoOnline Desktop is locked</source>
        <translation>GoOnline Desktop terkunci</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>Only {name} or a supervisor can unlock this window.</source>
        <translation>Hanya {name} atau supervisor yang dapat membuka kunci jendela ini.</translation>
    </message>
    <message>
        <source>The data of this window is hidden. {name}, type your password to go on; a supervisor may unlock it too.</source>
        <translation>Data di jendela ini disembunyikan. {name}, ketik kata sandi Anda untuk melanjutkan; supervisor juga dapat membuka kuncinya.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — GoOnline Desktop</source>
        <translation>Masuk — GoOnline Desktop</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>GoOnline Desktop</source>
        <translation>GoOnline Desktop</translation>
    </message>
    <message>
        <source>Log in with your username and password. The registrations on this laptop are encrypted; they open only with an officer&apos;s password.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi Anda. Data pendaftaran di laptop ini terenkripsi dan hanya dapat dibuka dengan kata sandi petugas.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Lupa kata sandi?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Lupa kata sandi</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Lupa kata sandi?</translation>
    </message>
    <message>
        <source>Ask your supervisor: a supervisor can set a new password for you on this laptop. A supervisor who lost every password can open the data with the recovery code written down at setup, and choose a new password here.</source>
        <translation>Minta bantuan supervisor Anda: supervisor dapat membuatkan kata sandi baru untuk Anda di laptop ini. Supervisor yang kehilangan semua kata sandi dapat membuka data dengan kode pemulihan yang dicatat saat penyiapan, lalu memilih kata sandi baru di sini.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;username:</source>
        <translation>Nama pengguna &amp;supervisor:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s username</source>
        <translation>Nama pengguna supervisor</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kode pemulihan:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>Ulangi kata &amp;sandi baru:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>Kembali ke halaman masuk</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Simpan kata sandi baru</translation>
    </message>
    <message>
        <source>Set new password with recovery code</source>
        <translation>Simpan kata sandi baru dengan kode pemulihan</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>The key file {file} cannot be read: {reason}</source>
        <translation>Berkas kunci {file} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>Too many wrong passwords. You can try again in {seconds} seconds.</source>
        <translation>Terlalu banyak kata sandi salah. Anda dapat mencoba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s username and the recovery code.</source>
        <translation>Ketik nama pengguna supervisor dan kode pemulihan.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type it again.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang.</translation>
    </message>
    <message>
        <source>The recovery code or the username is wrong. Check every character.</source>
        <translation>Kode pemulihan atau nama pengguna salah. Periksa setiap karakternya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections and content</source>
        <translation>Bagian dan isi</translation>
    </message>
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
        <source>Change &amp;drive… (Ctrl+D)</source>
        <translation>Ganti &amp;kegiatan… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Change the registration drive</source>
        <translation>Ganti kegiatan pendataan</translation>
    </message>
    <message>
        <source>&amp;New registration (Ctrl+N)</source>
        <translation>Pendaftaran &amp;baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>The list for searching and opening registered businesses comes in a next version. New registrations are saved on this laptop and counted above.</source>
        <translation>Daftar untuk mencari dan membuka UMKM yang terdaftar hadir di versi berikutnya. Pendaftaran baru disimpan di laptop ini dan dihitung di atas.</translation>
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
        <source>Change my pass&amp;word…</source>
        <translation>Ganti kata &amp;sandi…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>Change the password you log in with</source>
        <translation>Ganti kata sandi yang Anda pakai untuk masuk</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Petugas…</translation>
    </message>
    <message>
        <source>Manage officers</source>
        <translation>Kelola petugas</translation>
    </message>
    <message>
        <source>Add officers, reset their passwords, deactivate them (supervisors only)</source>
        <translation>Tambah petugas, atur ulang kata sandinya, nonaktifkan (hanya supervisor)</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>Log a&amp;udit…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Who changed what, when; verify and export the log (supervisors only)</source>
        <translation>Siapa mengubah apa, kapan; periksa dan ekspor lognya (hanya supervisor)</translation>
    </message>
    <message>
        <source>Server: not set up</source>
        <translation>Server: belum diatur</translation>
    </message>
    <message>
        <source>Never sent yet</source>
        <translation>Belum pernah dikirim</translation>
    </message>
    <message>
        <source>Last sent {when}</source>
        <translation>Terakhir dikirim {when}</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} perlu ditangani</translation>
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
        <source>Registration drive</source>
        <translation>Kegiatan pendataan</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Status sinkronisasi</translation>
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
    <name>MarketplaceExport</name>
    <message>
        <source>Columns follow {template}, version {version} (transcribed {date}).</source>
        <translation>Kolom mengikuti {template}, versi {version} (disalin {date}).</translation>
    </message>
    <message>
        <source>Checked against the template published by {marketplace}.</source>
        <translation>Sudah dicocokkan dengan templat resmi dari {marketplace}.</translation>
    </message>
    <message>
        <source>UNVERIFIED: not checked against a template downloaded from {marketplace}. Copy the rows into the template you download from {marketplace} today and check each column header.</source>
        <translation>BELUM DIVERIFIKASI: belum dicocokkan dengan templat yang diunduh dari {marketplace}. Salin baris-barisnya ke templat yang Anda unduh dari {marketplace} hari ini dan periksa setiap judul kolom.</translation>
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
    <name>Officers</name>
    <message>
        <source>This officer no longer exists.</source>
        <translation>Petugas ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>You cannot deactivate or reset your own account. Use Change my password, or ask another supervisor.</source>
        <translation>Anda tidak dapat menonaktifkan atau mengatur ulang akun Anda sendiri. Gunakan Ganti kata sandi saya, atau minta supervisor lain.</translation>
    </message>
    <message>
        <source>This officer has no login on this laptop; add one as a new officer.</source>
        <translation>Petugas ini tidak punya akun masuk di laptop ini; tambahkan sebagai petugas baru.</translation>
    </message>
    <message>
        <source>This officer is deactivated; reactivate them with a new password.</source>
        <translation>Petugas ini nonaktif; aktifkan kembali dengan kata sandi baru.</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Petugas lapangan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>That username is already used by another officer.</source>
        <translation>Nama pengguna itu sudah dipakai petugas lain.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>Perubahan tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation>Aktif (Anda)</translation>
    </message>
    <message>
        <source>Active, no login on this laptop</source>
        <translation>Aktif, tanpa akun masuk di laptop ini</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Check the NIP</source>
        <translation>Periksa NIP</translation>
    </message>
    <message>
        <source>{warnings}

Save this officer anyway?</source>
        <translation>{warnings}

Tetap simpan petugas ini?</translation>
    </message>
    <message>
        <source>{name} was added and can log in as {username}.</source>
        <translation>{name} sudah ditambahkan dan dapat masuk sebagai {username}.</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in on this laptop. Their past work stays attributed to them; you can reactivate them later with a new password.</source>
        <translation>Nonaktifkan {name}? Petugas ini tidak dapat lagi masuk di laptop ini. Pekerjaannya tetap tercatat atas namanya; Anda dapat mengaktifkannya kembali nanti dengan kata sandi baru.</translation>
    </message>
    <message>
        <source>{name} was deactivated.</source>
        <translation>{name} sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>Kata sandi baru untuk {name}</translation>
    </message>
    <message>
        <source>For an officer who forgot their password. Tell them the new one in person and ask them to change it after logging in.</source>
        <translation>Untuk petugas yang lupa kata sandinya. Sampaikan kata sandi baru secara langsung dan minta ia menggantinya setelah masuk.</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>Aktifkan kembali {name}</translation>
    </message>
    <message>
        <source>The officer can log in again with this new password. Tell it to them in person and ask them to change it after logging in.</source>
        <translation>Petugas dapat masuk lagi dengan kata sandi baru ini. Sampaikan secara langsung dan minta ia menggantinya setelah masuk.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. Your data stays as it is; only the password that opens it changes.</source>
        <translation>Ketik kata sandi Anda saat ini, lalu kata sandi baru dua kali. Data Anda tetap seperti semula; hanya kata sandi pembukanya yang berganti.</translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation>{name} sudah memiliki kata sandi baru.</translation>
    </message>
    <message>
        <source>{name} was reactivated.</source>
        <translation>{name} sudah diaktifkan kembali.</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Kata sandi Anda sudah diganti. Mulai sekarang gunakan kata sandi yang baru.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Officers of this office</source>
        <translation>Petugas kantor ini</translation>
    </message>
    <message>
        <source>Officers log in on this laptop with their username and password. A deactivated officer can no longer log in; what they did stays attributed to them.</source>
        <translation>Petugas masuk di laptop ini dengan nama pengguna dan kata sandinya. Petugas yang dinonaktifkan tidak dapat masuk lagi; pekerjaannya tetap tercatat atas namanya.</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Tambah petugas…</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>Add an officer who can log in on this laptop</source>
        <translation>Tambahkan petugas yang dapat masuk di laptop ini</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Give the chosen officer a new password</source>
        <translation>Beri petugas yang dipilih kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Deactivate officer</source>
        <translation>Nonaktifkan petugas</translation>
    </message>
    <message>
        <source>The chosen officer can no longer log in</source>
        <translation>Petugas yang dipilih tidak dapat masuk lagi</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Aktifkan &amp;kembali…</translation>
    </message>
    <message>
        <source>Reactivate officer</source>
        <translation>Aktifkan kembali petugas</translation>
    </message>
    <message>
        <source>Let the chosen officer log in again, with a new password</source>
        <translation>Izinkan petugas yang dipilih masuk lagi, dengan kata sandi baru</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>The officer logs in with this username and password. Tell them the password in person and ask them to change it.</source>
        <translation>Petugas masuk dengan nama pengguna dan kata sandi ini. Sampaikan kata sandinya secara langsung dan minta ia menggantinya.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation>Nama petugas</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>18 digits; leave empty if the officer has none</source>
        <translation>18 angka; kosongkan jika petugas tidak punya NIP</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>P&amp;eran:</translation>
    </message>
    <message>
        <source>Field officer (petugas)</source>
        <translation>Petugas lapangan</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Kata sandi awal:</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Kata sandi awal</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Initial password again</source>
        <translation>Ulangi kata sandi awal</translation>
    </message>
    <message>
        <source>&amp;Save officer</source>
        <translation>&amp;Simpan petugas</translation>
    </message>
    <message>
        <source>Save officer</source>
        <translation>Simpan petugas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel adding an officer</source>
        <translation>Batal menambah petugas</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>S&amp;impan kata sandi</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Simpan kata sandi</translation>
    </message>
    <message>
        <source>Cancel the password change</source>
        <translation>Batal mengganti kata sandi</translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>Ganti kata sandi &amp;saya…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close officers</source>
        <translation>Tutup daftar petugas</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Only a supervisor may export full NIKs.</source>
        <translation>Hanya supervisor yang boleh mengekspor NIK lengkap.</translation>
    </message>
    <message>
        <source>Only a supervisor may delete or restore a record.</source>
        <translation>Hanya supervisor yang boleh menghapus atau memulihkan data.</translation>
    </message>
    <message>
        <source>Only a supervisor may reset another officer&apos;s password.</source>
        <translation>Hanya supervisor yang boleh mengatur ulang kata sandi petugas lain.</translation>
    </message>
    <message>
        <source>Only a supervisor may add officers or change their role.</source>
        <translation>Hanya supervisor yang boleh menambah petugas atau mengubah perannya.</translation>
    </message>
    <message>
        <source>Only a supervisor may revoke a certificate.</source>
        <translation>Hanya supervisor yang boleh mencabut sertifikat.</translation>
    </message>
    <message>
        <source>Only a supervisor may view or export the audit log.</source>
        <translation>Hanya supervisor yang boleh melihat atau mengekspor log audit.</translation>
    </message>
    <message>
        <source>Only a supervisor may hand over or erase the data of a revoked laptop.</source>
        <translation>Hanya supervisor yang boleh menyerahkan atau menghapus data laptop yang dicabut.</translation>
    </message>
</context>
<context>
    <name>ProductDrafts</name>
    <message>
        <source>no name typed yet</source>
        <translation>belum ada nama</translation>
    </message>
    <message>
        <source>Changes to the product {name} were not saved the last time. Continue them now?

If you answer No, the saved product is shown and the changes stay kept until you change it again.</source>
        <translation>Perubahan pada produk {name} belum disimpan terakhir kali. Lanjutkan sekarang?

Jika Anda menjawab Tidak, produk yang tersimpan yang ditampilkan dan perubahannya tetap disimpan sampai Anda mengubah produk itu lagi.</translation>
    </message>
    <message>
        <source>A new product was not saved the last time ({name}). Continue it now?

If you answer No, it stays kept and is offered again later.</source>
        <translation>Produk baru belum disimpan terakhir kali ({name}). Lanjutkan sekarang?

Jika Anda menjawab Tidak, produk itu tetap disimpan dan ditawarkan lagi nanti.</translation>
    </message>
    <message>
        <source>Unsaved product</source>
        <translation>Produk belum disimpan</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>Throw away what was typed in this product ({name})?</source>
        <translation>Buang yang sudah diketik pada produk ini ({name})?</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product photos</source>
        <translation>Foto produk</translation>
    </message>
    <message>
        <source>— choose a category —</source>
        <translation>— pilih kategori —</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (tutup)</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Foto utama</translation>
    </message>
    <message>
        <source>{count} photo(s) of the unsaved product are no longer on this laptop.</source>
        <translation>{count} foto dari produk yang belum disimpan sudah tidak ada di laptop ini.</translation>
    </message>
    <message>
        <source>Wait until the photos are imported, then save.</source>
        <translation>Tunggu sampai foto selesai dimasukkan, lalu simpan.</translation>
    </message>
    <message>
        <source>Someone changed this product meanwhile: open it again to see the changes.</source>
        <translation>Produk ini sudah diubah orang lain: buka lagi untuk melihat perubahannya.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>The product was not saved: {error}</source>
        <translation>Produk tidak tersimpan: {error}</translation>
    </message>
    <message>
        <source>{marketplace}: {state}, {count} problem(s) to fix</source>
        <translation>{marketplace}: {state}, {count} masalah perlu diperbaiki</translation>
    </message>
    <message>
        <source>{marketplace}: {state}</source>
        <translation>{marketplace}: {state}</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Hapus produk</translation>
    </message>
    <message>
        <source>Delete {name}? Its listings stop too.</source>
        <translation>Hapus {name}? Listing-nya juga berhenti.</translation>
    </message>
    <message>
        <source>Choose product photos</source>
        <translation>Pilih foto produk</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Foto ({patterns})</translation>
    </message>
    <message>
        <source>Preparing photos…</source>
        <translation>Menyiapkan foto…</translation>
    </message>
    <message>
        <source>{name} could not be added: {error}</source>
        <translation>{name} tidak bisa ditambahkan: {error}</translation>
    </message>
    <message>
        <source>Photos added: {count}.</source>
        <translation>Foto ditambahkan: {count}.</translation>
    </message>
    <message>
        <source>The clipboard holds no photo: copy a photo first.</source>
        <translation>Papan klip tidak berisi foto: salin foto dulu.</translation>
    </message>
    <message>
        <source>Photo {index} of {count}</source>
        <translation>Foto {index} dari {count}</translation>
    </message>
    <message>
        <source>Photos (the first one is the main photo)</source>
        <translation>Foto (foto pertama adalah foto utama)</translation>
    </message>
    <message>
        <source>Add from &amp;files…</source>
        <translation>Tambah dari &amp;file…</translation>
    </message>
    <message>
        <source>Add photos from files</source>
        <translation>Tambah foto dari file</translation>
    </message>
    <message>
        <source>Choose one or more photos; you can also drag them here from the file manager</source>
        <translation>Pilih satu foto atau lebih; bisa juga diseret ke sini dari pengelola file</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Kamera…</translation>
    </message>
    <message>
        <source>Take photos with the camera</source>
        <translation>Ambil foto dengan kamera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>Tempel foto dari papan klip</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Geser ke kiri</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Kiri</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Geser ke kanan</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Kanan</translation>
    </message>
    <message>
        <source>Make main photo</source>
        <translation>Jadikan foto utama</translation>
    </message>
    <message>
        <source>View large</source>
        <translation>Lihat besar</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter atau klik dua kali</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>e.g. Keripik Singkong Pedas Manis 250 g</source>
        <translation>mis. Keripik Singkong Pedas Manis 250 g</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Leave empty to get one automatically</source>
        <translation>Kosongkan agar dibuat otomatis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Bekas</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Price in rupiah</source>
        <translation>Harga dalam rupiah</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Packed weight</source>
        <translation>Berat kemasan</translation>
    </message>
    <message>
        <source>Packed weight in grams</source>
        <translation>Berat kemasan dalam gram</translation>
    </message>
    <message>
        <source>Package length</source>
        <translation>Panjang kemasan</translation>
    </message>
    <message>
        <source>Package length in centimetres</source>
        <translation>Panjang kemasan dalam sentimeter</translation>
    </message>
    <message>
        <source>Package width</source>
        <translation>Lebar kemasan</translation>
    </message>
    <message>
        <source>Package width in centimetres</source>
        <translation>Lebar kemasan dalam sentimeter</translation>
    </message>
    <message>
        <source>Package height</source>
        <translation>Tinggi kemasan</translation>
    </message>
    <message>
        <source>Package height in centimetres</source>
        <translation>Tinggi kemasan dalam sentimeter</translation>
    </message>
    <message>
        <source>Sell on</source>
        <translation>Jual di</translation>
    </message>
    <message>
        <source>Marketplaces to sell on</source>
        <translation>Marketplace tempat berjualan</translation>
    </message>
    <message>
        <source>Tick the marketplaces where this product should be listed</source>
        <translation>Centang marketplace tempat produk ini akan dipasang</translation>
    </message>
    <message>
        <source>Description (plain text; say what it is made of, size, taste, how long it keeps)</source>
        <translation>Deskripsi (teks biasa; sebutkan bahan, ukuran, rasa, daya tahan)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>Produk &amp;baru</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>&amp;Delete product</source>
        <translation>&amp;Hapus produk</translation>
    </message>
    <message>
        <source>D&amp;iscard changes</source>
        <translation>B&amp;uang perubahan</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Buang perubahan yang belum disimpan</translation>
    </message>
    <message>
        <source>Throw away what was changed since the product was last saved</source>
        <translation>Buang semua yang diubah sejak produk terakhir disimpan</translation>
    </message>
    <message>
        <source>&amp;Save product</source>
        <translation>&amp;Simpan produk</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Simpan produk</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>All drives</source>
        <translation>Semua kegiatan</translation>
    </message>
    <message>
        <source>{name} ({count} products)</source>
        <translation>{name} ({count} produk)</translation>
    </message>
    <message>
        <source>No businesses yet: register one first</source>
        <translation>Belum ada usaha: daftarkan satu dulu</translation>
    </message>
    <message>
        <source>{name}
{price} · {photos} photo(s)</source>
        <translation>{name}
{price} · {photos} foto</translation>
    </message>
    <message>
        <source>Products: {count}</source>
        <translation>Produk: {count}</translation>
    </message>
    <message>
        <source>Drive:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Kegiatan pendataan</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Usaha:</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Products and listing queue</source>
        <translation>Produk dan antrean listing</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Products of the business</source>
        <translation>Produk usaha ini</translation>
    </message>
    <message>
        <source>Listing queue</source>
        <translation>Antrean listing</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Type to filter</source>
        <translation>Ketik untuk menyaring</translation>
    </message>
    <message>
        <source>Show the consent text (version {version}) to the owner before ticking the box.</source>
        <translation>Tunjukkan teks persetujuan (versi {version}) kepada pemilik sebelum mencentang kotak.</translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation>Ubah pendaftaran</translation>
    </message>
    <message>
        <source>from capital</source>
        <translation>dari modal</translation>
    </message>
    <message>
        <source>from annual sales</source>
        <translation>dari omzet tahunan</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save.</source>
        <translation>Perbaiki kolom bertanda merah, lalu simpan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>Throw away what was typed in this registration?</source>
        <translation>Buang semua yang sudah diketik di pendaftaran ini?</translation>
    </message>
    <message>
        <source>Please check with the owner:

{lines}

Save anyway?</source>
        <translation>Mohon periksa bersama pemilik:

{lines}

Tetap simpan?</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Periksa sebelum menyimpan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>This business was changed elsewhere meanwhile (now version {version}). Your changes are kept as a draft; open the business again to see the newer version.</source>
        <translation>UMKM ini sementara itu diubah di tempat lain (sekarang versi {version}). Perubahan Anda disimpan sebagai draf; buka UMKM ini lagi untuk melihat versi terbaru.</translation>
    </message>
    <message>
        <source>The business could not be saved: {reason}. What you typed is kept as a draft.</source>
        <translation>UMKM tidak dapat disimpan: {reason}. Yang sudah diketik disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Formulir pendaftaran</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;name:</source>
        <translation>&amp;Nama pemilik:</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>As written on the KTP</source>
        <translation>Sesuai KTP</translation>
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
        <translation>16 digit dari KTP</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Tanggal la&amp;hir:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
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
        <translation>boleh kosong</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Alamat usaha</translation>
    </message>
    <message>
        <source>&amp;Find village:</source>
        <translation>&amp;Cari desa:</translation>
    </message>
    <message>
        <source>Find village by name</source>
        <translation>Cari desa menurut nama</translation>
    </message>
    <message>
        <source>Type a village or kelurahan name</source>
        <translation>Ketik nama desa atau kelurahan</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vinsi:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Kabupaten/&amp;kota:</source>
        <translation>Kabupaten/&amp;kota:</translation>
    </message>
    <message>
        <source>Kabupaten or kota</source>
        <translation>Kabupaten atau kota</translation>
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
        <translation>Desa atau kelurahan</translation>
    </message>
    <message>
        <source>S&amp;treet address:</source>
        <translation>&amp;Alamat jalan:</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Alamat jalan</translation>
    </message>
    <message>
        <source>Street, number, RT/RW</source>
        <translation>Jalan, nomor, RT/RW</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>K&amp;ode pos:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 digit</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>B&amp;usiness name:</source>
        <translation>Nama &amp;usaha:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>e.g. Keripik Singkong Bu Sri</source>
        <translation>mis. Keripik Singkong Bu Sri</translation>
    </message>
    <message>
        <source>Sect&amp;or:</source>
        <translation>Bida&amp;ng usaha:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bidang usaha</translation>
    </message>
    <message>
        <source>e.g. snacks, batik, coffee</source>
        <translation>mis. makanan ringan, batik, kopi</translation>
    </message>
    <message>
        <source>KB&amp;LI:</source>
        <translation>KB&amp;LI:</translation>
    </message>
    <message>
        <source>KBLI code</source>
        <translation>Kode KBLI</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <source>KBLI version</source>
        <translation>Versi KBLI</translation>
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
        <translation>13 digit, jika usaha sudah punya</translation>
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
        <translation>15 atau 16 digit, jika ada</translation>
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
        <translation>22 digit, khusus cabang</translation>
    </message>
    <message>
        <source>&amp;Capital:</source>
        <translation>&amp;Modal:</translation>
    </message>
    <message>
        <source>Capital excluding land and buildings</source>
        <translation>Modal di luar tanah dan bangunan</translation>
    </message>
    <message>
        <source>Rp, excluding land and buildings</source>
        <translation>Rp, di luar tanah dan bangunan</translation>
    </message>
    <message>
        <source>Annual s&amp;ales:</source>
        <translation>&amp;Omzet per tahun:</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Omzet per tahun</translation>
    </message>
    <message>
        <source>Rp per year</source>
        <translation>Rp per tahun</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala usaha:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>Tenaga ke&amp;rja:</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Tenaga kerja</translation>
    </message>
    <message>
        <source>number of workers</source>
        <translation>jumlah pekerja</translation>
    </message>
    <message>
        <source>Consent (UU 27/2022)</source>
        <translation>Persetujuan (UU 27/2022)</translation>
    </message>
    <message>
        <source>The owner a&amp;grees to the processing of personal data</source>
        <translation>Pemilik menye&amp;tujui pemrosesan data pribadi</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>Persetujuan pemilik</translation>
    </message>
    <message>
        <source>S&amp;how consent text…</source>
        <translation>T&amp;ampilkan teks persetujuan…</translation>
    </message>
    <message>
        <source>Show consent text</source>
        <translation>Tampilkan teks persetujuan</translation>
    </message>
    <message>
        <source>Problems to check</source>
        <translation>Masalah yang perlu diperiksa</translation>
    </message>
    <message>
        <source>Press Enter on a problem to go to its field</source>
        <translation>Tekan Enter pada masalah untuk menuju kolomnya</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Tutup formulir</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the registration</source>
        <translation>Simpan pendaftaran</translation>
    </message>
</context>
<context>
    <name>RevokedDialog</name>
    <message>
        <source>This laptop was revoked</source>
        <translation>Laptop ini telah dicabut</translation>
    </message>
    <message>
        <source>Revoked laptop</source>
        <translation>Laptop yang dicabut</translation>
    </message>
    <message>
        <source>The central server has revoked this laptop. Data already sent was removed from it; data not yet sent is kept, encrypted, for your supervisor. Contact your office before using this laptop again.</source>
        <translation>Server pusat telah mencabut laptop ini. Data yang sudah terkirim telah dihapus dari laptop ini; data yang belum terkirim disimpan terenkripsi untuk supervisor Anda. Hubungi kantor Anda sebelum memakai laptop ini lagi.</translation>
    </message>
    <message>
        <source>A supervisor can hand the unsent data over to another laptop of the office, or erase this laptop&apos;s data.</source>
        <translation>Supervisor dapat menyerahkan data yang belum terkirim ke laptop lain di kantor ini, atau menghapus data laptop ini.</translation>
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
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Log in as a supervisor of this office.</source>
        <translation>Masuk sebagai supervisor kantor ini.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Save the unsent data to a file protected by a passphrase. A supervisor reads it on another laptop of the same office (golonline-desktop handover import), and that laptop sends it.</source>
        <translation>Simpan data yang belum terkirim ke berkas yang dilindungi frasa sandi. Supervisor membacanya di laptop lain dari kantor yang sama (golonline-desktop handover import), lalu laptop itu yang mengirimkannya.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation>Berkas serah terima</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>minimal 10 karakter</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Save the unsent data</source>
        <translation>&amp;Simpan data yang belum terkirim</translation>
    </message>
    <message>
        <source>Save the unsent data</source>
        <translation>Simpan data yang belum terkirim</translation>
    </message>
    <message>
        <source>Erasing removes every record, photo and backup from this laptop. Data that was not handed over is lost.</source>
        <translation>Penghapusan menghilangkan semua data, foto, dan cadangan dari laptop ini. Data yang belum diserahkan akan hilang.</translation>
    </message>
    <message>
        <source>&amp;Erase this laptop&apos;s data…</source>
        <translation>&amp;Hapus data laptop ini…</translation>
    </message>
    <message>
        <source>Erase this laptop&apos;s data</source>
        <translation>Hapus data laptop ini</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Hanya supervisor yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>Not sent yet: {changes} changes and {photos} photos.</source>
        <translation>Belum terkirim: {changes} perubahan dan {photos} foto.</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translation>Simpan berkas serah terima</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Pilih tempat menyimpan berkas.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Tidak dapat menulis {file}: {reason}</translation>
    </message>
    <message>
        <source>Saved {changes} changes and {photos} photos to {file}. Give the file and, separately, the passphrase to the supervisor of the laptop that will send them.</source>
        <translation>{changes} perubahan dan {photos} foto disimpan ke {file}. Serahkan berkas itu dan, secara terpisah, frasa sandinya kepada supervisor laptop yang akan mengirimkannya.</translation>
    </message>
    <message>
        <source>Erase this laptop&apos;s data?</source>
        <translation>Hapus data laptop ini?</translation>
    </message>
    <message>
        <source>Every record, photo and backup is removed from this laptop. Data not handed over is lost for good.</source>
        <translation>Semua data, foto, dan cadangan dihapus dari laptop ini. Data yang belum diserahkan hilang untuk selamanya.</translation>
    </message>
    <message>
        <source>This laptop&apos;s data was erased.</source>
        <translation>Data laptop ini telah dihapus.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Type the office code (at most {count} characters).</source>
        <translation>Ketik kode kantor (paling banyak {count} karakter).</translation>
    </message>
    <message>
        <source>Type the office name.</source>
        <translation>Ketik nama kantor.</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s name.</source>
        <translation>Ketik nama supervisor.</translation>
    </message>
    <message>
        <source>A NIP has {count} digits, or leave it empty.</source>
        <translation>NIP terdiri atas {count} angka, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>Type a username without spaces.</source>
        <translation>Ketik nama pengguna tanpa spasi.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>GoOnline Desktop setup</source>
        <translation>Penyiapan GoOnline Desktop</translation>
    </message>
    <message>
        <source>Setup wizard</source>
        <translation>Panduan penyiapan</translation>
    </message>
    <message>
        <source>Welcome to GoOnline Desktop</source>
        <translation>Selamat datang di GoOnline Desktop</translation>
    </message>
    <message>
        <source>This laptop is set up once, by a supervisor: the field office, the supervisor&apos;s account and the language. Registrations are kept encrypted on this laptop; only the officers you create can open them.</source>
        <translation>Laptop ini disiapkan sekali oleh supervisor: kantor lapangan, akun supervisor, dan bahasa. Data pendaftaran disimpan terenkripsi di laptop ini; hanya petugas yang Anda buat yang dapat membukanya.</translation>
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
        <source>Field office</source>
        <translation>Kantor lapangan</translation>
    </message>
    <message>
        <source>The office this laptop works for. Its code appears in certificate numbers; use the code your programme coordinator gave you.</source>
        <translation>Kantor tempat laptop ini digunakan. Kodenya muncul di nomor sertifikat; gunakan kode dari koordinator program Anda.</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Kode kantor:</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>for example JKS01</source>
        <translation>misalnya JKS01</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>for example Dinas KUKM Kota Jakarta Selatan</source>
        <translation>misalnya Dinas KUKM Kota Jakarta Selatan</translation>
    </message>
    <message>
        <source>&amp;Region (optional):</source>
        <translation>&amp;Wilayah (opsional):</translation>
    </message>
    <message>
        <source>Region of the office</source>
        <translation>Wilayah kantor</translation>
    </message>
    <message>
        <source>type a kabupaten/kota or kecamatan name</source>
        <translation>ketik nama kabupaten/kota atau kecamatan</translation>
    </message>
    <message>
        <source>First supervisor</source>
        <translation>Supervisor pertama</translation>
    </message>
    <message>
        <source>The supervisor&apos;s account opens this laptop and can add field officers later. Choose a password of at least 8 characters that others cannot guess.</source>
        <translation>Akun supervisor membuka laptop ini dan nanti dapat menambahkan petugas lapangan. Pilih kata sandi minimal 8 karakter yang tidak mudah ditebak orang lain.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s full name</source>
        <translation>Nama lengkap supervisor</translation>
    </message>
    <message>
        <source>N&amp;IP (optional):</source>
        <translation>N&amp;IP (opsional):</translation>
    </message>
    <message>
        <source>Supervisor&apos;s NIP</source>
        <translation>NIP supervisor</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 angka</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>for example sri</source>
        <translation>misalnya sri</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Central server (optional)</source>
        <translation>Server pusat (opsional)</translation>
    </message>
    <message>
        <source>If your office already gave you the address of the central server, type it here. You can also leave it empty and enroll this laptop later on the Sync page.</source>
        <translation>Jika kantor Anda sudah memberikan alamat server pusat, ketik di sini. Anda juga dapat mengosongkannya dan mendaftarkan laptop ini nanti di halaman Sinkronisasi.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>for example https://sinkron.example.go.id</source>
        <translation>misalnya https://sinkron.example.go.id</translation>
    </message>
    <message>
        <source>&amp;Enroll this laptop with the server after setup</source>
        <translation>&amp;Daftarkan laptop ini ke server setelah penyiapan</translation>
    </message>
    <message>
        <source>Enroll after setup</source>
        <translation>Daftarkan setelah penyiapan</translation>
    </message>
    <message>
        <source>Press Set up to create the account and encrypt the data. This takes a few seconds.</source>
        <translation>Tekan Siapkan untuk membuat akun dan mengenkripsi data. Ini memerlukan beberapa detik.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it locked away, apart from the laptop. If every supervisor password is forgotten, this code is the only way to open the data. It is shown only now.</source>
        <translation>Tulis kode ini di kertas dan simpan di tempat terkunci, terpisah dari laptop. Jika semua kata sandi supervisor terlupa, hanya kode ini yang dapat membuka data. Kode ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down and will keep it safe</source>
        <translation>Saya sudah &amp;mencatat kode pemulihan dan akan menyimpannya dengan aman</translation>
    </message>
    <message>
        <source>Recovery code written down</source>
        <translation>Kode pemulihan sudah dicatat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Batalkan penyiapan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Langkah {step} dari {count}</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Siapkan</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>This laptop already holds {count} registered businesses. Setup first makes a backup copy, then encrypts them; nothing is lost, and from then on they open only with a password.</source>
        <translation>Laptop ini sudah menyimpan {count} usaha terdaftar. Penyiapan lebih dulu membuat salinan cadangan, lalu mengenkripsinya; tidak ada yang hilang, dan sejak itu data hanya dapat dibuka dengan kata sandi.</translation>
    </message>
    <message>
        <source>No region chosen.</source>
        <translation>Belum ada wilayah yang dipilih.</translation>
    </message>
    <message>
        <source>The region list is not available.</source>
        <translation>Daftar wilayah tidak tersedia.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type it again.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang.</translation>
    </message>
    <message>
        <source>Type the server address, or untick enrolling.</source>
        <translation>Ketik alamat server, atau hapus centang pendaftaran.</translation>
    </message>
    <message>
        <source>Setting up… please wait.</source>
        <translation>Sedang menyiapkan… mohon tunggu.</translation>
    </message>
    <message>
        <source>Setup could not finish: {reason}</source>
        <translation>Penyiapan tidak dapat diselesaikan: {reason}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
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
<context>
    <name>SyncConflicts</name>
    <message>
        <source>The server&apos;s version of this record has not reached this laptop yet: only this laptop&apos;s version can be kept. Press Sync now first to fetch the server&apos;s version.</source>
        <translation>Versi server untuk data ini belum sampai di laptop ini: hanya versi laptop ini yang dapat dipakai. Tekan Sinkronkan sekarang dulu untuk mengambil versi server.</translation>
    </message>
    <message>
        <source>The server did not say which version it holds. Press Sync now, then decide again.</source>
        <translation>Server tidak menyebutkan versi yang disimpannya. Tekan Sinkronkan sekarang, lalu putuskan lagi.</translation>
    </message>
    <message>
        <source>The server&apos;s version of this kind of record cannot be taken on this laptop yet; keep this laptop&apos;s version.</source>
        <translation>Versi server untuk jenis data ini belum dapat dipakai di laptop ini; pakai versi laptop ini.</translation>
    </message>
    <message>
        <source>This laptop no longer holds its own version of this record.</source>
        <translation>Laptop ini tidak lagi menyimpan versinya sendiri untuk data ini.</translation>
    </message>
    <message>
        <source>This conflict was already decided.</source>
        <translation>Konflik ini sudah diputuskan.</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>Sync: waiting</source>
        <translation>Sinkron: menunggu</translation>
    </message>
    <message>
        <source>Sync: sending…</source>
        <translation>Sinkron: mengirim…</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>Sinkron: sudah mutakhir</translation>
    </message>
    <message>
        <source>Sync: needs attention</source>
        <translation>Sinkron: perlu tindakan</translation>
    </message>
    <message>
        <source>Sync: server not reachable</source>
        <translation>Sinkron: server tidak terjangkau</translation>
    </message>
    <message>
        <source>Sync: laptop not enrolled</source>
        <translation>Sinkron: laptop belum terdaftar</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Buka halaman Sinkronisasi</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Hentikan sinkronisasi</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Di laptop ini</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>Laptop ini:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Sinkron berhasil terakhir:</translation>
    </message>
    <message>
        <source>Last attempt:</source>
        <translation>Percobaan terakhir:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Menunggu dikirim:</translation>
    </message>
    <message>
        <source>Sent and confirmed:</source>
        <translation>Terkirim dan diterima:</translation>
    </message>
    <message>
        <source>Refused, need a fix:</source>
        <translation>Ditolak, perlu diperbaiki:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflik:</translation>
    </message>
    <message>
        <source>Next automatic try:</source>
        <translation>Percobaan otomatis berikutnya:</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Pengaturan sinkronisasi</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>Save the server address</source>
        <translation>Simpan alamat server</translation>
    </message>
    <message>
        <source>Send &amp;automatically when the server can be reached</source>
        <translation>Kirim &amp;otomatis bila server dapat dihubungi</translation>
    </message>
    <message>
        <source>Send automatically</source>
        <translation>Kirim otomatis</translation>
    </message>
    <message>
        <source>Try &amp;every:</source>
        <translation>Coba &amp;setiap:</translation>
    </message>
    <message>
        <source>Minutes between automatic tries</source>
        <translation>Menit di antara percobaan otomatis</translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation>&amp;Bandingkan dan putuskan…</translation>
    </message>
    <message>
        <source>Compare the two versions and decide</source>
        <translation>Bandingkan kedua versi dan putuskan</translation>
    </message>
    <message>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Changes wait here until they are sent.</source>
        <translation>Perubahan menunggu di sini sampai terkirim.</translation>
    </message>
    <message>
        <source>Sending to the central server…</source>
        <translation>Mengirim ke server pusat…</translation>
    </message>
    <message>
        <source>Everything is on the central server.</source>
        <translation>Semua data sudah ada di server pusat.</translation>
    </message>
    <message>
        <source>Some records were refused or are in conflict: see below.</source>
        <translation>Ada data yang ditolak atau berkonflik: lihat di bawah.</translation>
    </message>
    <message>
        <source>The server cannot be reached now. Everything stays safe on this laptop and is sent when the connection returns.</source>
        <translation>Server tidak dapat dihubungi saat ini. Semua data tetap aman di laptop ini dan dikirim saat koneksi kembali.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop (the office may have revoked it). Enroll it again; nothing stored here is lost.</source>
        <translation>Server tidak lagi menerima laptop ini (mungkin dicabut oleh kantor). Daftarkan lagi; data yang tersimpan di sini tidak hilang.</translation>
    </message>
    <message>
        <source>Enroll this laptop with the central server before the first sync.</source>
        <translation>Laptop belum terdaftar. Daftarkan laptop ini ke server pusat sebelum sinkronisasi pertama.</translation>
    </message>
    <message>
        <source>off (only with Sync now)</source>
        <translation>mati (hanya dengan Sinkronkan sekarang)</translation>
    </message>
    <message>
        <source>in {time}</source>
        <translation>dalam {time}</translation>
    </message>
    <message>
        <source>every {n} min and when the network returns</source>
        <translation>setiap {n} menit dan saat jaringan kembali</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Server tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>&amp;Enroll again…</source>
        <translation>&amp;Daftarkan ulang…</translation>
    </message>
    <message>
        <source>&amp;Enroll this laptop…</source>
        <translation>&amp;Daftarkan laptop ini…</translation>
    </message>
    <message>
        <source>No refused records.</source>
        <translation>Tidak ada data yang ditolak.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Tidak ada konflik.</translation>
    </message>
    <message>
        <source>Refused records ({n})</source>
        <translation>Data ditolak ({n})</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Konflik ({n})</translation>
    </message>
    <message>
        <source>Enroll this laptop</source>
        <translation>Daftarkan laptop ini</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Rincian sinkronisasi</translation>
    </message>
    <message>
        <source>Refused records</source>
        <translation>Data ditolak</translation>
    </message>
    <message>
        <source>The server refused these records. Read the reason, fix the record, then press Send again. Everything else keeps being sent.</source>
        <translation>Server menolak data berikut. Baca alasannya, perbaiki datanya, lalu tekan Kirim ulang. Data lain tetap terus dikirim.</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Buka data</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Buka data</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>&amp;Kirim ulang</translation>
    </message>
    <message>
        <source>Send the record again</source>
        <translation>Kirim ulang data ini</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Another version of these records reached the server first. Nothing was overwritten. Check the record with your supervisor, then mark the conflict as decided.</source>
        <translation>Versi lain dari data berikut lebih dulu sampai di server. Tidak ada yang ditimpa. Periksa datanya bersama atasan Anda, lalu tandai konflik sebagai sudah diputuskan.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Catatan sinkronisasi</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Menunggu sinkron</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Tersinkron</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>The server found a mistake in this record&apos;s data. Open the record, correct it, then press Send again.</source>
        <translation>Server menemukan kesalahan pada data ini. Buka datanya, perbaiki, lalu tekan Kirim ulang.</translation>
    </message>
    <message>
        <source>A photo of this record is missing on this laptop. Add the photo again, then press Send again.</source>
        <translation>Foto data ini tidak ada di laptop. Tambahkan lagi fotonya, lalu tekan Kirim ulang.</translation>
    </message>
    <message>
        <source>A photo of this record is damaged on this laptop. Take or choose the photo again, then press Send again.</source>
        <translation>Foto data ini rusak di laptop. Ambil atau pilih lagi fotonya, lalu tekan Kirim ulang.</translation>
    </message>
    <message>
        <source>This record cannot be sent as it is (too large or malformed). Open it, correct it, then press Send again.</source>
        <translation>Data ini tidak dapat dikirim apa adanya (terlalu besar atau tidak sesuai format). Buka, perbaiki, lalu tekan Kirim ulang.</translation>
    </message>
    <message>
        <source>The server refused this record.</source>
        <translation>Server menolak data ini.</translation>
    </message>
    <message>
        <source>This record belongs to another office: the server does not take it from this laptop. Ask your supervisor.</source>
        <translation>Data ini milik kantor lain: server tidak menerimanya dari laptop ini. Tanyakan kepada atasan Anda.</translation>
    </message>
    <message>
        <source>Someone else changed this record on the server first.</source>
        <translation>Orang lain lebih dulu mengubah data ini di server.</translation>
    </message>
    <message>
        <source>The server could not read this record (it was damaged on this laptop or on the way). Press Send again; if it is refused again, call support.</source>
        <translation>Server tidak dapat membaca data ini (rusak di laptop atau di perjalanan). Tekan Kirim ulang; jika ditolak lagi, hubungi bagian dukungan.</translation>
    </message>
    <message>
        <source>The registration drive of this record is incomplete (name, date or place). Complete the drive, then press Send again.</source>
        <translation>Kegiatan pendataan untuk data ini belum lengkap (nama, tanggal, atau tempat). Lengkapi kegiatannya, lalu tekan Kirim ulang.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Registration drive</source>
        <translation>Kegiatan pendataan</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sinkronisasi selesai.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>Sinkronisasi dihentikan.</translation>
    </message>
    <message>
        <source>The server refused this laptop: enroll it again.</source>
        <translation>Server menolak laptop ini: daftarkan ulang.</translation>
    </message>
    <message>
        <source>The server could not be reached. Everything is kept and sent later.</source>
        <translation>Server tidak dapat dihubungi. Semua data disimpan dan dikirim nanti.</translation>
    </message>
    <message>
        <source>This laptop was enrolled with the server.</source>
        <translation>Laptop ini telah didaftarkan ke server.</translation>
    </message>
    <message>
        <source>A record was queued to be sent again.</source>
        <translation>Satu data diantrekan untuk dikirim ulang.</translation>
    </message>
    <message>
        <source>A record changed on the server was not added to this laptop: its officer or registration drive is not on this laptop.</source>
        <translation>Data yang diubah di server tidak ditambahkan ke laptop ini: petugas atau kegiatan pendaftarannya tidak ada di laptop ini.</translation>
    </message>
    <message>
        <source>Conflict decided: this laptop&apos;s version is sent again.</source>
        <translation>Konflik diputuskan: versi laptop ini dikirim lagi.</translation>
    </message>
    <message>
        <source>Conflict decided: the server&apos;s version was taken.</source>
        <translation>Konflik diputuskan: versi server dipakai.</translation>
    </message>
    <message>
        <source>Sync finished; some records need your attention.</source>
        <translation>Sinkronisasi selesai; ada data yang perlu Anda tangani.</translation>
    </message>
    <message>
        <source>sent {n}</source>
        <translation>dikirim {n}</translation>
    </message>
    <message>
        <source>already on the server {n}</source>
        <translation>sudah ada di server {n}</translation>
    </message>
    <message>
        <source>refused {n}</source>
        <translation>ditolak {n}</translation>
    </message>
    <message>
        <source>conflicts {n}</source>
        <translation>konflik {n}</translation>
    </message>
    <message>
        <source>photos {n}</source>
        <translation>foto {n}</translation>
    </message>
    <message>
        <source>received {n}</source>
        <translation>diterima {n}</translation>
    </message>
    <message>
        <source>conflicts from the server {n}</source>
        <translation>konflik dari server {n}</translation>
    </message>
    <message>
        <source>still waiting {n}</source>
        <translation>masih menunggu {n}</translation>
    </message>
    <message>
        <source>Server&apos;s words: {code} — {message}</source>
        <translation>Pesan server: {code} — {message}</translation>
    </message>
    <message>
        <source>A change made on another laptop arrived while your own edit was not sent yet.</source>
        <translation>Perubahan dari laptop lain tiba saat perubahan Anda sendiri belum terkirim.</translation>
    </message>
    <message>
        <source>Your edit (version {local}) was not taken: the server has another one.</source>
        <translation>Perubahan Anda (versi {local}) tidak diterima: server sudah memiliki versi lain.</translation>
    </message>
    <message>
        <source>Sync was stopped. Nothing sent so far is lost.</source>
        <translation>Sinkronisasi dihentikan. Data yang sudah terkirim tidak hilang.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
    <message>
        <source>Last pass: {counts}.</source>
        <translation>Sinkron terakhir: {counts}.</translation>
    </message>
    <message>
        <source>Last pass stopped early: {counts}.</source>
        <translation>Sinkron terakhir berhenti sebelum selesai: {counts}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} detik</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} menit</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} jam {m} menit</translation>
    </message>
    <message>
        <source>{done} of {total} records · {bytes_done} of {bytes_total}</source>
        <translation>{done} dari {total} data · {bytes_done} dari {bytes_total}</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>sekitar {time} lagi</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Owner&apos;s birth date</source>
        <translation>Tanggal lahir pemilik</translation>
    </message>
    <message>
        <source>Owner&apos;s sex</source>
        <translation>Jenis kelamin pemilik</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
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
        <translation>Kode KBLI</translation>
    </message>
    <message>
        <source>KBLI version</source>
        <translation>Versi KBLI</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Kode desa/kelurahan</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Omzet tahunan</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala usaha</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Tenaga kerja</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Versi teks persetujuan</translation>
    </message>
    <message>
        <source>Reason for a possible duplicate</source>
        <translation>Alasan kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>The choice could not be saved: {error}</source>
        <translation>Pilihan tidak dapat disimpan: {error}</translation>
    </message>
</context>
</TS>
