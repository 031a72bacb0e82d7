<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessPage</name>
    <message>
        <source>Type your access code</source>
        <translation>Nhập mã truy cập của bạn</translation>
    </message>
    <message>
        <source>The code is on your voting slip: 12 letters and numbers. Each code can vote once.</source>
        <translation>Mã được in trên giấy bỏ phiếu của bạn, gồm 12 chữ cái và chữ số. Mỗi mã chỉ dùng để bỏ phiếu một lần.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Tiếp tục với mã này</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Code not accepted? A librarian can check it for you.</source>
        <translation>Mã không được chấp nhận? Nhân viên thư viện có thể kiểm tra giúp bạn.</translation>
    </message>
    <message>
        <source>Demonstration round: you can use one of these codes: %1</source>
        <translation>Vòng dùng thử: bạn có thể dùng một trong các mã sau: %1</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>, </source>
        <comment>between check ids</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>unknown (the record could not be read)</source>
        <translation>không rõ (không đọc được hồ sơ)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Cuộc bỏ phiếu</translation>
    </message>
    <message>
        <source>Election id</source>
        <translation>Mã cuộc bỏ phiếu</translation>
    </message>
    <message>
        <source>Record format version</source>
        <translation>Phiên bản định dạng hồ sơ</translation>
    </message>
    <message>
        <source>Key that signed the record (fingerprint)</source>
        <translation>Khóa đã ký hồ sơ (dấu vân tay)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 của tệp</translation>
    </message>
    <message>
        <source>unknown (the file could not be read)</source>
        <translation>không rõ (không đọc được tệp)</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Kiểm chứng lúc</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (UTC time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verified with</source>
        <translation>Kiểm chứng bằng</translation>
    </message>
    <message>
        <source>pbvote %1</source>
        <translation>pbvote %1</translation>
    </message>
    <message>
        <source>Receipt %1 is NOT in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>Biên nhận %1 KHÔNG có trong hồ sơ này. Hãy kiểm tra lại mã; nếu mã đúng, hãy báo cho ban tổ chức và các kiểm toán viên.</translation>
    </message>
    <message>
        <source>Receipt %1 is in the record: ballot %2 (number %3 in the record&apos;s list), cast at kiosk %4, batch %5.</source>
        <translation>Biên nhận %1 có trong hồ sơ: phiếu bầu %2 (số %3 trong danh sách của hồ sơ), gửi tại máy %4, đợt %5.</translation>
    </message>
    <message>
        <source>Its kiosk&apos;s signature is valid.</source>
        <translation>Chữ ký của máy bỏ phiếu là hợp lệ.</translation>
    </message>
    <message>
        <source>Its signature does NOT verify: report this to the auditors.</source>
        <translation>Chữ ký của phiếu KHÔNG hợp lệ: hãy báo cho các kiểm toán viên.</translation>
    </message>
    <message>
        <source>It is counted in the result.</source>
        <translation>Phiếu được tính trong kết quả.</translation>
    </message>
    <message>
        <source>It is NOT counted in any result of this record; the receipt check below says why.</source>
        <translation>Phiếu KHÔNG được tính trong kết quả nào của hồ sơ này; mục kiểm tra biên nhận bên dưới cho biết lý do.</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt</source>
        <translation>Biên nhận của cử tri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Kiểm tra điều gì</translation>
    </message>
    <message>
        <source>Warnings to read:</source>
        <translation>Cảnh báo cần đọc:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Các vấn đề tìm thấy:</translation>
    </message>
    <message>
        <source>Why it did not run:</source>
        <translation>Vì sao không chạy:</translation>
    </message>
    <message>
        <source>What was checked:</source>
        <translation>Những gì đã được kiểm tra:</translation>
    </message>
    <message>
        <source>The published result matches the ballots</source>
        <translation>Kết quả đã công bố khớp với các phiếu bầu</translation>
    </message>
    <message>
        <source>Every check passed; the record holds no result yet</source>
        <translation>Mọi mục kiểm tra đều đạt; hồ sơ chưa có kết quả</translation>
    </message>
    <message>
        <source>The published result matches the ballots, with warnings to read</source>
        <translation>Kết quả đã công bố khớp với các phiếu bầu, kèm cảnh báo cần đọc</translation>
    </message>
    <message>
        <source>Every check passed, with warnings to read; the record holds no result yet</source>
        <translation>Mọi mục kiểm tra đều đạt, kèm cảnh báo cần đọc; hồ sơ chưa có kết quả</translation>
    </message>
    <message>
        <source>Verification FAILED: no check could run</source>
        <translation>Kiểm chứng THẤT BẠI: không mục kiểm tra nào chạy được</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n check(s) found problems</source>
        <translation>
            <numerusform>Kiểm chứng THẤT BẠI: %n mục kiểm tra phát hiện vấn đề</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran without finding a problem.</source>
        <translation>
            <numerusform>%n mục kiểm tra đã chạy mà không phát hiện vấn đề nào.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the warning of %1 below.</source>
        <translation>
            <numerusform>Hãy đọc cảnh báo của %1 bên dưới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not run (see why below).</source>
        <translation>
            <numerusform>%n mục kiểm tra không chạy (xem lý do bên dưới).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Không đạt: %1.</translation>
    </message>
    <message>
        <source>Do not trust this record until the organizers explain every problem listed below.</source>
        <translation>Đừng tin hồ sơ này cho đến khi ban tổ chức giải thích mọi vấn đề được liệt kê bên dưới.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>THẤT BẠI</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Không chạy</translation>
    </message>
    <message>
        <source>The authority&apos;s key was compared with the fingerprint you gave (%1): the record is signed by the key the organizers published.</source>
        <translation>Khóa cơ quan quản lý đã được so với dấu vân tay bạn nhập (%1): hồ sơ được ký bằng khóa mà ban tổ chức đã công bố.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) could not be compared: the record&apos;s key could not be read.</source>
        <translation>Không thể so dấu vân tay bạn nhập (%1): không đọc được khóa của hồ sơ.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) is NOT the one of the key that signed this record (%2).</source>
        <translation>Dấu vân tay bạn nhập (%1) KHÔNG phải của khóa đã ký hồ sơ này (%2).</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint.</source>
        <translation>Khóa cơ quan quản lý CHƯA được so với dấu vân tay đã công bố.</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint: the key in the record (%1) was trusted. Compare it with the fingerprint on the city&apos;s poster or website.</source>
        <translation>Khóa cơ quan quản lý CHƯA được so với dấu vân tay đã công bố: khóa trong hồ sơ (%1) đã được tin dùng. Hãy so nó với dấu vân tay trên áp phích hoặc trang web của thành phố.</translation>
    </message>
    <message numerus="yes">
        <source>%n witness code(s) written down at the kiosks were compared with the record.</source>
        <translation>
            <numerusform>%n mã chứng thực được ghi lại tại các máy bỏ phiếu đã được so với hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No witness codes were given: the kiosks&apos; checkpoints were not compared with what the poll workers wrote down.</source>
        <translation>Không có mã chứng thực nào được nhập: các điểm kiểm tra của máy bỏ phiếu chưa được so với những gì nhân viên điểm bỏ phiếu đã ghi lại.</translation>
    </message>
    <message>
        <source>The election key was used: every sealed vote was opened and compared with the published opened ballots.</source>
        <translation>Đã dùng khóa cuộc bỏ phiếu: mọi phiếu đã niêm phong đều được mở và so với các phiếu đã mở được công bố.</translation>
    </message>
    <message>
        <source>The election key was not used (only a trusted auditor holds it): the sealed votes were not opened; the count was checked on the published opened ballots.</source>
        <translation>Không dùng khóa cuộc bỏ phiếu (chỉ kiểm toán viên được tin cậy mới giữ khóa này): các phiếu đã niêm phong không được mở; việc kiểm phiếu được kiểm tra trên các phiếu đã mở được công bố.</translation>
    </message>
    <message>
        <source>A voter&apos;s receipt (%1) was looked up.</source>
        <translation>Đã tra cứu biên nhận của một cử tri (%1).</translation>
    </message>
    <message>
        <source>No voter&apos;s receipt was looked up.</source>
        <translation>Không tra cứu biên nhận nào của cử tri.</translation>
    </message>
    <message>
        <source>Audit of an election record</source>
        <translation>Kiểm toán một hồ sơ bỏ phiếu</translation>
    </message>
    <message>
        <source>Audit of the election record of %1</source>
        <translation>Kiểm toán hồ sơ bỏ phiếu của %1</translation>
    </message>
    <message>
        <source>What was verified, and what was not</source>
        <translation>Những gì đã và chưa được kiểm chứng</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>The checks</source>
        <translation>Các mục kiểm tra</translation>
    </message>
    <message>
        <source>&quot;Warning&quot;: the check passed, but a person must read why. &quot;Not run&quot;: there was nothing to check, or what it needs was not given.</source>
        <translation>“Cảnh báo”: mục kiểm tra đạt, nhưng cần có người đọc lý do. “Không chạy”: không có gì để kiểm tra, hoặc chưa nhập điều mà mục đó cần.</translation>
    </message>
    <message>
        <source>Each check in detail</source>
        <translation>Chi tiết từng mục kiểm tra</translation>
    </message>
    <message>
        <source>Anyone can repeat these checks on the same file (same SHA-256) with the command &quot;pbvote verify&quot; or the pbvote-audit program; docs/election-record.md describes every check.</source>
        <translation>Ai cũng có thể chạy lại các mục kiểm tra này trên cùng tệp (cùng SHA-256) bằng lệnh “pbvote verify” hoặc chương trình pbvote-audit; docs/election-record.md mô tả từng mục kiểm tra.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>Không thể ghi báo cáo kiểm toán vào “%1”: %2</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Điểm kiểm tra</translation>
    </message>
    <message>
        <source>Logged events</source>
        <translation>Sự kiện đã ghi nhật ký</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>There is no project number %1 on this ballot.</source>
        <translation>Phiếu bầu này không có dự án số %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can choose up to %n project(s). To choose this one, first remove another.</source>
        <translation>
            <numerusform>Bạn có thể chọn tối đa %n dự án. Để chọn dự án này, hãy bỏ chọn một dự án khác trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project costs %1, but only %2 of the budget is left. Remove a project to make room, or choose one that costs less.</source>
        <translation>Dự án này có chi phí %1, nhưng ngân sách chỉ còn %2. Hãy bỏ chọn một dự án để có thêm ngân sách, hoặc chọn dự án có chi phí thấp hơn.</translation>
    </message>
    <message>
        <source>Points cannot go below zero.</source>
        <translation>Số điểm không thể nhỏ hơn 0.</translation>
    </message>
    <message numerus="yes">
        <source>One project can get at most %n point(s).</source>
        <translation>
            <numerusform>Mỗi dự án chỉ được nhận tối đa %n điểm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) are given. Take a point from another project first.</source>
        <translation>
            <numerusform>Bạn đã cho hết %n điểm. Hãy bớt một điểm của dự án khác trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can give points to up to %n project(s). Take all points from another project first.</source>
        <translation>
            <numerusform>Bạn chỉ có thể cho điểm tối đa %n dự án. Hãy bớt hết điểm của một dự án khác trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n project(s). To rank this one, first remove another.</source>
        <translation>
            <numerusform>Bạn có thể xếp hạng tối đa %n dự án. Để xếp hạng dự án này, hãy bỏ một dự án khác ra trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is not ranked yet.</source>
        <translation>Dự án này chưa được xếp hạng.</translation>
    </message>
    <message>
        <source>The ballot names a project that is not on this round&apos;s ballot (position %1).</source>
        <translation>Phiếu bầu có một dự án không nằm trong danh sách của đợt bỏ phiếu này (vị trí %1).</translation>
    </message>
    <message>
        <source>Project %1 is chosen more than once.</source>
        <translation>Dự án %1 được chọn nhiều hơn một lần.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Hãy chọn ít nhất %n dự án; phiếu này có %1 dự án.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Hãy chọn tối đa %n dự án; phiếu này có %1 dự án.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 budget</source>
        <translation>ngân sách của %1</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>ngân sách</translation>
    </message>
    <message>
        <source>The chosen projects cost %1 %3, more than %2 of %4 %3.</source>
        <translation>Các dự án đã chọn có tổng chi phí %1 %3, vượt quá %2 (%4 %3).</translation>
    </message>
    <message>
        <source>Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.</source>
        <translation>Hãy chọn các dự án có tổng giá trị ít nhất %1% ngân sách; lựa chọn này dùng %2 trên %3 %4.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; give each chosen project at least 1 point.</source>
        <translation>Dự án %1 được %2 điểm; hãy cho mỗi dự án đã chọn ít nhất 1 điểm.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; at most %3 points may go to one project.</source>
        <translation>Dự án %1 được %2 điểm; mỗi dự án chỉ được nhận tối đa %3 điểm.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; only %2 points can be spread.</source>
        <translation>Phiếu này cho %1 điểm; chỉ được chia tối đa %2 điểm.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; all %2 points must be given.</source>
        <translation>Phiếu này cho %1 điểm; phải chia hết cả %2 điểm.</translation>
    </message>
    <message>
        <source>Two projects share rank %1; give each project its own rank.</source>
        <translation>Hai dự án cùng ở hạng %1; hãy cho mỗi dự án một hạng riêng.</translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %n project(s); this ballot ranks %1.</source>
        <translation>
            <numerusform>Hãy xếp hạng tối đa %n dự án; phiếu này xếp hạng %1 dự án.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this ballot, give points or ranks to projects instead.</source>
        <translation>Trên phiếu bầu này, hãy cho điểm hoặc xếp hạng các dự án.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) are left. Take points from another project first.</source>
        <translation>
            <numerusform>Chỉ còn %n điểm. Hãy bớt điểm của một dự án khác trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is in %1. Your ballot is for %2, so you can choose projects in %2 and city-wide projects.</source>
        <translation>Dự án này thuộc %1. Phiếu bầu của bạn dành cho %2, nên bạn có thể chọn các dự án ở %2 và các dự án toàn thành phố.</translation>
    </message>
    <message>
        <source>This round has no district &quot;%1&quot;.</source>
        <translation>Đợt bỏ phiếu này không có khu vực “%1”.</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <source>Review my ballot</source>
        <translation>Xem lại phiếu bầu</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tất cả dự án</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>Chỉ hiện %1</translation>
    </message>
</context>
<context>
    <name>BallotStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>Không thể khởi tạo libsodium.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Không thể mở cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>not a readable SQLite database (%1)</source>
        <translation>không phải là cơ sở dữ liệu SQLite đọc được (%1)</translation>
    </message>
    <message>
        <source>this is not a pbvote database (application id 0x%1)</source>
        <translation>đây không phải là cơ sở dữ liệu pbvote (mã ứng dụng 0x%1)</translation>
    </message>
    <message>
        <source>the database was written by a newer pbvote (schema %1; this version knows up to %2)</source>
        <translation>cơ sở dữ liệu được ghi bởi một phiên bản pbvote mới hơn (lược đồ %1; phiên bản này chỉ biết đến lược đồ %2)</translation>
    </message>
    <message>
        <source>could not switch to write-ahead logging (journal mode is %1)</source>
        <translation>không thể chuyển sang chế độ ghi nhật ký trước WAL (chế độ journal đang là %1)</translation>
    </message>
    <message>
        <source>foreign key enforcement could not be turned on</source>
        <translation>không thể bật cơ chế ràng buộc khóa ngoại</translation>
    </message>
    <message>
        <source>synchronous=FULL could not be set</source>
        <translation>không thể đặt synchronous=FULL</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <source>cannot read the page size</source>
        <translation>không đọc được kích thước trang</translation>
    </message>
    <message>
        <source>this database belongs to kiosk %1, not to kiosk %2</source>
        <translation>cơ sở dữ liệu này thuộc về máy bỏ phiếu %1, không phải máy bỏ phiếu %2</translation>
    </message>
    <message>
        <source>crash detection is off for this session: %1</source>
        <translation>tính năng phát hiện sự cố bị tắt trong phiên này: %1</translation>
    </message>
    <message>
        <source>Restarted after an interruption (a process that had the store open stopped without closing it)</source>
        <translation>Đã khởi động lại sau khi bị gián đoạn (một tiến trình đang mở kho dữ liệu đã dừng mà không đóng nó)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>chuyển đổi sang lược đồ %1 không thành công: %2</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>kiểm tra tính toàn vẹn không đạt: %1</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; created with %2 projects</source>
        <translation>Đã tạo đợt bỏ phiếu “%1” với %2 dự án</translation>
    </message>
    <message>
        <source>Imported vote %1 names a project that is not in the round.</source>
        <translation>Phiếu bầu được nhập số %1 ghi một dự án không có trong đợt bỏ phiếu.</translation>
    </message>
    <message>
        <source>Cannot store imported vote %1: %2</source>
        <translation>Không thể lưu phiếu bầu được nhập số %1: %2</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; imported from %2 with %3 projects and %4 votes, for analysis</source>
        <translation>Đã nhập đợt bỏ phiếu “%1” từ %2 với %3 dự án và %4 phiếu bầu, để phân tích</translation>
    </message>
    <message>
        <source>There is no round %1 in this database.</source>
        <translation>Không có đợt bỏ phiếu %1 trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Round %1 has an unknown state &quot;%2&quot;.</source>
        <translation>Đợt bỏ phiếu %1 có trạng thái không xác định “%2”.</translation>
    </message>
    <message>
        <source>Round %1 is %2: its ballot can only change while it is a draft.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2: chỉ có thể thay đổi lá phiếu khi đợt bỏ phiếu còn là bản nháp.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>Đợt bỏ phiếu %1 không có dự án %2.</translation>
    </message>
    <message>
        <source>Picture of project %1 removed</source>
        <translation>Đã xóa hình ảnh của dự án %1</translation>
    </message>
    <message>
        <source>Picture of project %1 set</source>
        <translation>Đã đặt hình ảnh cho dự án %1</translation>
    </message>
    <message>
        <source>The picture for project %1 is neither a PNG nor a JPEG file.</source>
        <translation>Hình ảnh của dự án %1 không phải là tệp PNG hay JPEG.</translation>
    </message>
    <message>
        <source>The picture for project %1 is %2 bytes; at most %3 bytes are allowed.</source>
        <translation>Hình ảnh của dự án %1 có dung lượng %2 byte; chỉ cho phép tối đa %3 byte.</translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation>Khóa cần có tên.</translation>
    </message>
    <message>
        <source>Cannot store the %1 key &quot;%2&quot; (does it exist already?): %3</source>
        <translation>Không thể lưu khóa “%2” loại %1 (có phải khóa này đã tồn tại?): %3</translation>
    </message>
    <message>
        <source>There is no %1 key named &quot;%2&quot; in this database.</source>
        <translation>Không có khóa loại %1 nào tên “%2” trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Election key %1 set</source>
        <translation>Đã đặt khóa cuộc bỏ phiếu %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Đợt bỏ phiếu %1: %2</translation>
    </message>
    <message>
        <source>Round %1 is %2, not %3; try again.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2, không phải %3; hãy thử lại.</translation>
    </message>
    <message>
        <source>Cannot reorder the projects: %1</source>
        <translation>Không thể sắp xếp lại các dự án: %1</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>Đợt bỏ phiếu đã có dự án %1.</translation>
    </message>
    <message>
        <source>There are no projects to add.</source>
        <translation>Không có dự án nào để thêm.</translation>
    </message>
    <message>
        <source>A translation names project %1, which is not in the round.</source>
        <translation>Một bản dịch ghi dự án %1, nhưng dự án này không có trong đợt bỏ phiếu.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has no title.</source>
        <translation>Bản dịch %1 của dự án %2 không có tên.</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>Đã thêm dự án %1</translation>
    </message>
    <message>
        <source>%1 projects added</source>
        <translation>Đã thêm %1 dự án</translation>
    </message>
    <message>
        <source>Project %1 changed</source>
        <translation>Đã sửa dự án %1</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>Đã xóa dự án %1</translation>
    </message>
    <message>
        <source>Round %1 is %2: its settings can only change while it is a draft.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2: chỉ có thể thay đổi cài đặt khi đợt bỏ phiếu còn là bản nháp.</translation>
    </message>
    <message>
        <source>There is no counting rule &quot;%1&quot;.</source>
        <translation>Không có quy tắc kiểm phiếu “%1”.</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count this round: %2</source>
        <translation>Quy tắc kiểm phiếu %1 không thể kiểm phiếu đợt bỏ phiếu này: %2</translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <translation>Đã thay đổi cài đặt đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>Đợt bỏ phiếu %1 không có khu vực %2.</translation>
    </message>
    <message>
        <source>District %1 still has projects (%2 first): move or remove them before removing the district.</source>
        <translation>Khu vực %1 vẫn còn dự án (đầu tiên là %2): hãy chuyển hoặc xóa các dự án đó trước khi xóa khu vực.</translation>
    </message>
    <message>
        <source>District %1 removed</source>
        <translation>Đã xóa khu vực %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as es or pl.</source>
        <translation>“%1” không phải là mã ngôn ngữ như es hay pl.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has a description but no title.</source>
        <translation>Bản dịch %1 của dự án %2 có mô tả nhưng không có tên.</translation>
    </message>
    <message>
        <source>Translation (%1) of project %2 changed</source>
        <translation>Đã sửa bản dịch (%1) của dự án %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: kiosks can only be registered before voting opens, because the signed manifest lists every kiosk&apos;s key.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2: chỉ có thể đăng ký máy bỏ phiếu trước khi mở bỏ phiếu, vì bản kê khai đã ký liệt kê khóa của mọi máy bỏ phiếu.</translation>
    </message>
    <message>
        <source>A kiosk needs an id (at most 64 characters) and a 32-byte Ed25519 public key.</source>
        <translation>Máy bỏ phiếu cần có mã (tối đa 64 ký tự) và một khóa công khai Ed25519 dài 32 byte.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already registered with this key; every kiosk makes its own key.</source>
        <translation>Máy bỏ phiếu %1 đã được đăng ký với khóa này; mỗi máy bỏ phiếu phải tự tạo khóa riêng.</translation>
    </message>
    <message>
        <source>Kiosk %1 cannot be registered (already registered?): %2</source>
        <translation>Không thể đăng ký máy bỏ phiếu %1 (có phải máy đã được đăng ký?): %2</translation>
    </message>
    <message>
        <source>Kiosk %1 registered with key %2</source>
        <translation>Đã đăng ký máy bỏ phiếu %1 với khóa %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: a kiosk in the signed manifest cannot be removed; revoke it instead.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2: không thể gỡ máy bỏ phiếu đã có trong bản kê khai đã ký; hãy thu hồi máy.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for round %2.</source>
        <translation>Máy bỏ phiếu %1 chưa được đăng ký cho đợt bỏ phiếu %2.</translation>
    </message>
    <message>
        <source>Kiosk %1 removed</source>
        <translation>Đã gỡ máy bỏ phiếu %1</translation>
    </message>
    <message>
        <source>Round %1 is a draft: remove the kiosk instead of revoking it.</source>
        <translation>Đợt bỏ phiếu %1 còn là bản nháp: hãy gỡ máy bỏ phiếu thay vì thu hồi.</translation>
    </message>
    <message>
        <source>Round %1 is tallied: which kiosks count can no longer change.</source>
        <translation>Đợt bỏ phiếu %1 đã được kiểm phiếu: không thể thay đổi nữa việc tính hay không tính phiếu của từng máy bỏ phiếu.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already revoked.</source>
        <translation>Máy bỏ phiếu %1 đã bị thu hồi rồi.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not revoked.</source>
        <translation>Máy bỏ phiếu %1 chưa bị thu hồi.</translation>
    </message>
    <message>
        <source>Kiosk %1 revoked: it casts no more and its ballots are not counted</source>
        <translation>Đã thu hồi máy bỏ phiếu %1: máy không nhận thêm phiếu bầu và các phiếu bầu của máy không được tính</translation>
    </message>
    <message>
        <source>Kiosk %1 reinstated</source>
        <translation>Đã khôi phục máy bỏ phiếu %1</translation>
    </message>
    <message>
        <source>A checkpoint of kiosk %1 cannot be read: %2</source>
        <translation>Không đọc được một điểm kiểm tra của máy bỏ phiếu %1: %2</translation>
    </message>
    <message>
        <source>The number of codes must be between 1 and 10,000,000.</source>
        <translation>Số lượng mã phải nằm trong khoảng từ 1 đến 10.000.000.</translation>
    </message>
    <message>
        <source>Round %1 is closed: no more access codes can be issued.</source>
        <translation>Đợt bỏ phiếu %1 đã đóng: không thể phát thêm mã truy cập.</translation>
    </message>
    <message>
        <source>Cannot store access codes: %1</source>
        <translation>Không thể lưu mã truy cập: %1</translation>
    </message>
    <message>
        <source>%1 access codes issued (batch %2)</source>
        <translation>Đã phát %1 mã truy cập (lô %2)</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>khu vực %1</translation>
    </message>
    <message>
        <source>Round %1 is closed: its access codes can no longer change.</source>
        <translation>Đợt bỏ phiếu %1 đã đóng: không thể thay đổi mã truy cập của đợt này nữa.</translation>
    </message>
    <message>
        <source>Round %1 has no batch %2 of access codes.</source>
        <translation>Đợt bỏ phiếu %1 không có lô mã truy cập %2.</translation>
    </message>
    <message>
        <source>Batch %1 is already void.</source>
        <translation>Lô %1 đã bị hủy rồi.</translation>
    </message>
    <message>
        <source>Batch %1 is not void.</source>
        <translation>Lô %1 chưa bị hủy.</translation>
    </message>
    <message>
        <source>Access codes of batch %1 voided</source>
        <translation>Đã hủy các mã truy cập của lô %1</translation>
    </message>
    <message>
        <source>Access codes of batch %1 restored</source>
        <translation>Đã khôi phục các mã truy cập của lô %1</translation>
    </message>
    <message>
        <source>This access code is not valid for this round.</source>
        <translation>Mã truy cập này không hợp lệ cho đợt bỏ phiếu này.</translation>
    </message>
    <message>
        <source>Round %1 has no count with %2.</source>
        <translation>Đợt bỏ phiếu %1 chưa có kết quả kiểm phiếu theo %2.</translation>
    </message>
    <message>
        <source>Round %1 is %2: a result can only be published after the votes are counted.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2: chỉ có thể công bố kết quả sau khi kiểm phiếu.</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a draft round can be opened (a suspended round is resumed).</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2; chỉ có thể mở đợt bỏ phiếu còn là bản nháp (đợt bỏ phiếu đang tạm dừng thì được tiếp tục).</translation>
    </message>
    <message>
        <source>Round %1 has no projects on its ballot.</source>
        <translation>Lá phiếu của đợt bỏ phiếu %1 không có dự án nào.</translation>
    </message>
    <message>
        <source>Project %1 is still under review: put it on the ballot or set it aside before voting opens.</source>
        <translation>Dự án %1 vẫn đang được xem xét: hãy đưa dự án lên lá phiếu hoặc để ra ngoài lá phiếu trước khi mở bỏ phiếu.</translation>
    </message>
    <message>
        <source>Round %1 has no counting rule yet: choose it before voting opens, so that everyone knows how the votes will be counted.</source>
        <translation>Đợt bỏ phiếu %1 chưa có quy tắc kiểm phiếu: hãy chọn quy tắc trước khi mở bỏ phiếu, để mọi người biết phiếu bầu sẽ được kiểm như thế nào.</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count round %2: %3</source>
        <translation>Quy tắc kiểm phiếu %1 không thể kiểm phiếu đợt bỏ phiếu %2: %3</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: register the public key made on each kiosk before voting opens.</source>
        <translation>Đợt bỏ phiếu %1 chưa có máy bỏ phiếu nào được đăng ký: hãy đăng ký khóa công khai được tạo trên từng máy bỏ phiếu trước khi mở bỏ phiếu.</translation>
    </message>
    <message>
        <source>Round %1 has no election key yet: create one with &quot;pbvote keys create --kind election --round %1&quot;.</source>
        <translation>Đợt bỏ phiếu %1 chưa có khóa cuộc bỏ phiếu: hãy tạo khóa bằng lệnh &quot;pbvote keys create --kind election --round %1&quot;.</translation>
    </message>
    <message>
        <source>The unlocked secret key is not the authority key &quot;%1&quot;.</source>
        <translation>Khóa bí mật vừa được mở khóa không phải là khóa cơ quan quản lý “%1”.</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: create one with &quot;pbvote keys create --kind kiosk --name K1 --round %1&quot;.</source>
        <translation>Đợt bỏ phiếu %1 chưa có máy bỏ phiếu nào được đăng ký: hãy tạo một máy bằng lệnh &quot;pbvote keys create --kind kiosk --name K1 --round %1&quot;.</translation>
    </message>
    <message>
        <source>Round %1 cannot open: the database already holds ballots for it.</source>
        <translation>Không thể mở đợt bỏ phiếu %1: cơ sở dữ liệu đã có phiếu bầu của đợt này.</translation>
    </message>
    <message>
        <source>Voting opened; manifest %1</source>
        <translation>Đã mở bỏ phiếu; bản kê khai %1</translation>
    </message>
    <message>
        <source>Round %1 has not been opened, so it has no signed manifest yet.</source>
        <translation>Đợt bỏ phiếu %1 chưa được mở, nên chưa có bản kê khai đã ký.</translation>
    </message>
    <message>
        <source>Round %1 is not open for voting.</source>
        <translation>Đợt bỏ phiếu %1 không mở để bỏ phiếu.</translation>
    </message>
    <message>
        <source>This database belongs to kiosk %1; kiosk %2 cannot record ballots in it.</source>
        <translation>Cơ sở dữ liệu này thuộc về máy bỏ phiếu %1; máy bỏ phiếu %2 không thể ghi phiếu bầu vào đó.</translation>
    </message>
    <message>
        <source>The unlocked key is not kiosk %1&apos;s registered key.</source>
        <translation>Khóa vừa được mở khóa không phải là khóa đã đăng ký của máy bỏ phiếu %1.</translation>
    </message>
    <message>
        <source>A ballot that breaks the round&apos;s rules was refused</source>
        <translation>Đã từ chối một phiếu bầu vi phạm quy định của đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>A mistyped access code was refused</source>
        <translation>Đã từ chối một mã truy cập bị nhập sai</translation>
    </message>
    <message>
        <source>This is not an access code: a code has 12 letters and digits, like K7QX-M2PA-R3TE.</source>
        <translation>Đây không phải là mã truy cập: mã gồm 12 chữ cái và chữ số, ví dụ K7QX-M2PA-R3TE.</translation>
    </message>
    <message>
        <source>An access code that is unknown, used, withdrawn or for another district was refused</source>
        <translation>Đã từ chối một mã truy cập không xác định, đã dùng, đã bị thu hồi hoặc thuộc khu vực khác</translation>
    </message>
    <message>
        <source>Voting in round %1 is not open (the round is %2).</source>
        <translation>Việc bỏ phiếu trong đợt bỏ phiếu %1 hiện không mở (đợt bỏ phiếu đang ở trạng thái %2).</translation>
    </message>
    <message>
        <source>Kiosk %1 was revoked by the organizers: it cannot record ballots.</source>
        <translation>Máy bỏ phiếu %1 đã bị ban tổ chức thu hồi: máy không thể ghi phiếu bầu.</translation>
    </message>
    <message>
        <source>A ballot from a revoked kiosk was refused</source>
        <translation>Đã từ chối một phiếu bầu từ máy bỏ phiếu đã bị thu hồi</translation>
    </message>
    <message>
        <source>This access code is not valid for this round. Check it and try again, or ask a poll worker.</source>
        <translation>Mã truy cập này không hợp lệ cho đợt bỏ phiếu này. Hãy kiểm tra lại mã rồi thử lại, hoặc hỏi nhân viên điểm bỏ phiếu.</translation>
    </message>
    <message>
        <source>This access code has already been used to vote.</source>
        <translation>Mã truy cập này đã được dùng để bỏ phiếu.</translation>
    </message>
    <message>
        <source>This access code was withdrawn by the organizers. A poll worker can give you a new one.</source>
        <translation>Mã truy cập này đã bị ban tổ chức thu hồi. Nhân viên điểm bỏ phiếu có thể cấp cho bạn mã mới.</translation>
    </message>
    <message>
        <source>This access code is for district %1; project %2 is in district %3.</source>
        <translation>Mã truy cập này dành cho khu vực %1; dự án %2 thuộc khu vực %3.</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Đã gửi phiếu bầu</translation>
    </message>
    <message>
        <source>The ballot was NOT recorded: %1</source>
        <translation>Phiếu bầu KHÔNG được ghi nhận: %1</translation>
    </message>
    <message>
        <source>Final checkpoint of batch %1: %2 ballots</source>
        <translation>Điểm kiểm tra cuối của đợt %1: %2 phiếu bầu</translation>
    </message>
    <message>
        <source>Voting paused; checkpoint of batch %1: %2 ballots</source>
        <translation>Đã tạm dừng bỏ phiếu; điểm kiểm tra của đợt %1: %2 phiếu bầu</translation>
    </message>
    <message>
        <source>the event log is empty</source>
        <translation>nhật ký sự kiện trống</translation>
    </message>
    <message>
        <source>No kiosk has voted in this database yet, so there is nothing to checkpoint.</source>
        <translation>Chưa có máy bỏ phiếu nào ghi phiếu bầu vào cơ sở dữ liệu này, nên không có gì để tạo điểm kiểm tra.</translation>
    </message>
    <message>
        <source>Voting resumed</source>
        <translation>Đã tiếp tục bỏ phiếu</translation>
    </message>
    <message>
        <source>Kiosk %1 voted in this database: its key must sign the final checkpoint.</source>
        <translation>Máy bỏ phiếu %1 đã ghi phiếu bầu vào cơ sở dữ liệu này: khóa của máy phải ký điểm kiểm tra cuối.</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation>Đã đóng bỏ phiếu</translation>
    </message>
    <message>
        <source>Round %1 is %2: it can only be tallied once it is closed.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2: chỉ có thể kiểm phiếu sau khi đợt bỏ phiếu đã đóng.</translation>
    </message>
    <message>
        <source>Round %1 was already tallied with %2 and the new count differs from the stored one; the stored result is kept. Investigate before publishing.</source>
        <translation>Đợt bỏ phiếu %1 đã được kiểm phiếu theo %2 và lần kiểm phiếu mới khác với kết quả đã lưu; kết quả đã lưu được giữ nguyên. Hãy tìm hiểu nguyên nhân trước khi công bố.</translation>
    </message>
    <message>
        <source>Counted with %1</source>
        <translation>Đã kiểm phiếu theo %1</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>byte 0x%1</source>
        <translation>byte 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of text in an object</source>
        <translation>văn bản kết thúc bất ngờ bên trong một đối tượng</translation>
    </message>
    <message>
        <source>unexpected end of text in an array</source>
        <translation>văn bản kết thúc bất ngờ bên trong một mảng</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>văn bản kết thúc bất ngờ</translation>
    </message>
    <message>
        <source>text larger than 4 GiB</source>
        <translation>văn bản lớn hơn 4 GiB</translation>
    </message>
    <message>
        <source>byte-order mark at the start of the text</source>
        <translation>dấu thứ tự byte ở đầu văn bản</translation>
    </message>
    <message>
        <source>no value in the text (expected an object or an array)</source>
        <translation>văn bản không có giá trị nào (cần một đối tượng hoặc một mảng)</translation>
    </message>
    <message>
        <source>the top-level value must be an object or an array</source>
        <translation>giá trị cấp cao nhất phải là một đối tượng hoặc một mảng</translation>
    </message>
    <message>
        <source>text after the top-level value</source>
        <translation>có văn bản sau giá trị cấp cao nhất</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found %1</source>
        <translation>cần &apos;,&apos; hoặc &apos;}&apos; sau một thành phần của đối tượng, gặp %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found %1</source>
        <translation>cần &apos;,&apos; hoặc &apos;]&apos; sau một phần tử của mảng, gặp %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation>lồng nhau sâu hơn %1 cấp</translation>
    </message>
    <message>
        <source>expected a string key in an object, found %1</source>
        <translation>cần một khóa dạng chuỗi trong đối tượng, gặp %1</translation>
    </message>
    <message>
        <source>duplicate object key (%1)</source>
        <translation>khóa đối tượng bị trùng (%1)</translation>
    </message>
    <message>
        <source>object keys not in ascending order (%1 after %2)</source>
        <translation>các khóa đối tượng không theo thứ tự tăng dần (%1 sau %2)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key, found %1</source>
        <translation>cần &apos;:&apos; sau một khóa đối tượng, gặp %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chuỗi không được kết thúc</translation>
    </message>
    <message>
        <source>raw control character U+%1 in a string (the canonical form escapes it)</source>
        <translation>ký tự điều khiển U+%1 chưa thoát trong chuỗi (dạng chuẩn sẽ thoát nó)</translation>
    </message>
    <message>
        <source>\/ where the canonical form writes / itself</source>
        <translation>\/ trong khi dạng chuẩn viết chính ký tự /</translation>
    </message>
    <message>
        <source>invalid escape \%1</source>
        <translation>chuỗi thoát không hợp lệ \%1</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>chuỗi thoát \u bị cắt cụt</translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation>chuỗi thoát \u không hợp lệ (cần bốn chữ số thập lục phân)</translation>
    </message>
    <message>
        <source>surrogate escape %1 (the canonical form writes characters as raw UTF-8)</source>
        <translation>chuỗi thoát surrogate %1 (dạng chuẩn viết ký tự dưới dạng UTF-8 thô)</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes the character itself</source>
        <translation>%1 trong khi dạng chuẩn viết chính ký tự đó</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes %2</source>
        <translation>%1 trong khi dạng chuẩn viết %2</translation>
    </message>
    <message>
        <source>%1 with uppercase hex digits (the canonical form writes lowercase)</source>
        <translation>%1 dùng chữ số thập lục phân viết hoa (dạng chuẩn dùng chữ thường)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (unexpected continuation byte)</source>
        <translation>UTF-8 không hợp lệ (byte tiếp nối không mong đợi)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (overlong form)</source>
        <translation>UTF-8 không hợp lệ (dạng mã hóa quá dài)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF or not a lead byte)</source>
        <translation>UTF-8 không hợp lệ (vượt quá U+10FFFF hoặc không phải byte đầu)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation>UTF-8 không hợp lệ (chuỗi bị cắt cụt)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (UTF-16 surrogate)</source>
        <translation>UTF-8 không hợp lệ (surrogate UTF-16)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF)</source>
        <translation>UTF-8 không hợp lệ (vượt quá U+10FFFF)</translation>
    </message>
    <message>
        <source>invalid number (&apos;-&apos; without digits)</source>
        <translation>số không hợp lệ (&apos;-&apos; không có chữ số)</translation>
    </message>
    <message>
        <source>number with a leading zero</source>
        <translation>số có chữ số 0 ở đầu</translation>
    </message>
    <message>
        <source>number with a fraction or exponent (only integers are allowed)</source>
        <translation>số có phần thập phân hoặc số mũ (chỉ cho phép số nguyên)</translation>
    </message>
    <message>
        <source>integer outside the 64-bit range</source>
        <translation>số nguyên nằm ngoài phạm vi 64 bit</translation>
    </message>
    <message>
        <source>-0 where the canonical form writes 0</source>
        <translation>-0 trong khi dạng chuẩn viết 0</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>giá trị literal không hợp lệ (cần %1)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>gặp %1 bất ngờ ở chỗ cần một giá trị</translation>
    </message>
    <message>
        <source>mismatched brackets</source>
        <translation>dấu ngoặc mở và dấu ngoặc đóng không khớp nhau</translation>
    </message>
</context>
<context>
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>Mã truy cập: đã nhập %1 trên 12 ký tự</translation>
    </message>
</context>
<context>
    <name>CodeSheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Your one-time voting code</source>
        <translation>Mã bỏ phiếu dùng một lần của bạn</translation>
    </message>
    <message>
        <source>Take this slip to a voting kiosk at any library. Type the code, or ask a librarian for help. The code works once.</source>
        <translation>Hãy mang giấy này đến máy bỏ phiếu tại bất kỳ thư viện nào. Nhập mã, hoặc nhờ nhân viên thư viện giúp đỡ. Mã chỉ dùng được một lần.</translation>
    </message>
    <message>
        <source>a sheet has 1 to %1 columns and 1 to %2 rows of slips.</source>
        <translation>mỗi trang có từ 1 đến %1 cột và từ 1 đến %2 hàng phiếu mã.</translation>
    </message>
    <message>
        <source>the page size is not valid.</source>
        <translation>khổ giấy không hợp lệ.</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <source>Access codes: %1</source>
        <translation>Mã truy cập: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>không thể bắt đầu tạo tệp PDF.</translation>
    </message>
    <message>
        <source>the sheet is already finished.</source>
        <translation>trang mã đã hoàn tất.</translation>
    </message>
    <message>
        <source>an access code must be letters, digits and dashes.</source>
        <translation>mã truy cập chỉ được gồm chữ cái, chữ số và dấu gạch ngang.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>không thể bắt đầu trang mới.</translation>
    </message>
    <message>
        <source>the PDF could not be completed.</source>
        <translation>không thể hoàn tất tệp PDF.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation>Chữ, màu sắc và âm thanh</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>Turn audio off</source>
        <translation>Tắt âm thanh</translation>
    </message>
    <message>
        <source>Turn audio on</source>
        <translation>Bật âm thanh</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Chậm hơn</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Nhanh hơn</translation>
    </message>
    <message>
        <source>Restore the usual settings</source>
        <translation>Khôi phục cài đặt thông thường</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your receipt code is %1.</source>
        <translation>Mã biên nhận của bạn là %1.</translation>
    </message>
    <message>
        <source>Thank you! Your vote has been recorded.</source>
        <translation>Cảm ơn bạn! Phiếu bầu của bạn đã được ghi nhận.</translation>
    </message>
    <message>
        <source>Your receipt code:</source>
        <translation>Mã biên nhận của bạn:</translation>
    </message>
    <message>
        <source>Write it down or scan the square code with your phone. When the results are published, enter this code on the city&apos;s results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.</source>
        <translation>Hãy ghi lại mã này hoặc dùng điện thoại quét mã hình vuông. Khi kết quả được công bố, hãy nhập mã này trên trang kết quả của thành phố, hoặc hỏi tại thư viện, để biết phiếu bầu của bạn đã được tính. Mã này không cho biết bạn đã bầu cho dự án nào.</translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation>Mã QR của mã biên nhận</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear itself in %n second(s).</source>
        <translation>
            <numerusform>Màn hình này sẽ tự xóa sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>ElectionRecord</name>
    <message>
        <source>The event log is damaged: %1</source>
        <translation>Nhật ký sự kiện bị hỏng: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>EqualShares</name>
    <message>
        <source>%1: the budget is negative (%2).</source>
        <translation>%1: ngân sách là số âm (%2).</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: dự án %2 có chi phí âm (%3).</translation>
    </message>
    <message>
        <source>%1: Borda utilities need ordinal ballots.</source>
        <translation>%1: điểm Borda cần phiếu xếp hạng.</translation>
    </message>
    <message>
        <source>%1: ballot %2 names an unknown or repeated project.</source>
        <translation>%1: phiếu bầu %2 ghi một dự án không xác định hoặc bị lặp lại.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives points to %3 projects but names %4.</source>
        <translation>%1: phiếu bầu %2 cho điểm %3 dự án nhưng ghi %4 dự án.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives negative points.</source>
        <translation>%1: phiếu bầu %2 cho điểm âm.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 in proportion to how much they valued it, %4 per point of value.</source>
        <translation>Được cấp vốn, xếp %1: %2 người ủng hộ đã cùng chia chi phí %3 theo tỷ lệ mức họ coi trọng dự án, %4 cho mỗi điểm giá trị.</translation>
    </message>
    <message>
        <source>Funded %1: %2 of its supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Được cấp vốn, xếp %1: %2 người trong số những người ủng hộ đã chia đều chi phí %3, mỗi người %4.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Được cấp vốn, xếp %1: %2 người ủng hộ đã chia đều chi phí %3, mỗi người %4.</translation>
    </message>
    <message>
        <source>Funded %1: its supporters shared its cost of %2; %3 paid an equal share of %4 each, %5 paid everything they had left.</source>
        <translation>Được cấp vốn, xếp %1: những người ủng hộ đã cùng chia chi phí %2; %3 người trả phần bằng nhau là %4 mỗi người, %5 người trả hết số tiền còn lại của họ.</translation>
    </message>
    <message>
        <source>%1 other supporters had already spent their share on projects funded before.</source>
        <translation>%1 người ủng hộ khác đã tiêu hết phần của mình cho các dự án được cấp vốn trước đó.</translation>
    </message>
    <message>
        <source>Funded %1: it costs nothing and %2 voters supported it, so it was taken before any money was shared out.</source>
        <translation>Được cấp vốn, xếp %1: dự án không tốn chi phí và có %2 người bỏ phiếu ủng hộ, nên được chọn trước khi chia bất kỳ khoản tiền nào.</translation>
    </message>
    <message>
        <source>Funded %1 from the money the method of equal shares left over (%2): the completion step took projects by number of votes and this one (%3 votes, cost %4) still fitted in the %5 left at its turn.</source>
        <translation>Được cấp vốn, xếp %1, từ số tiền còn lại sau phương pháp chia phần bằng nhau (%2): bước bổ sung chọn các dự án theo số phiếu và dự án này (%3 phiếu, chi phí %4) vẫn vừa với %5 còn lại khi đến lượt.</translation>
    </message>
    <message>
        <source>Not funded by equal shares: it costs nothing, and this count measures what a project brings its supporters by its cost, so it carries no weight here.</source>
        <translation>Không được cấp vốn theo phương pháp chia phần bằng nhau: dự án không tốn chi phí, mà lần kiểm phiếu này đo lợi ích của một dự án đối với người ủng hộ bằng chi phí của dự án, nên ở đây dự án không có trọng số nào.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Không được cấp vốn: không ai bỏ phiếu cho dự án này.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>Không được cấp vốn.</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters together held only %2 of the %3 it costs, even before paying for anything else (each voter&apos;s share of the budget is %4).</source>
        <translation>Không được cấp vốn: %1 người ủng hộ dự án cộng lại chỉ có %2 trên %3 chi phí của dự án, ngay cả trước khi trả cho bất cứ dự án nào khác (phần ngân sách của mỗi người bỏ phiếu là %4).</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters had only %2 of the %3 it costs left after paying for projects they also supported.</source>
        <translation>Không được cấp vốn: sau khi trả cho các dự án khác mà họ cũng ủng hộ, %1 người ủng hộ dự án chỉ còn %2 trên %3 chi phí của dự án.</translation>
    </message>
    <message>
        <source>The completion step could not fund it either: only %1 was left when its turn came.</source>
        <translation>Bước bổ sung cũng không thể cấp vốn cho dự án: khi đến lượt chỉ còn %1.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Bạn có cần thêm thời gian không?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this ballot will be cleared in %n second(s) unless you touch the screen.</source>
        <translation>
            <numerusform>Để bảo vệ quyền riêng tư của bạn, phiếu bầu này sẽ bị xóa sau %n giây nếu bạn không chạm vào màn hình.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Tôi cần thêm thời gian</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Xóa ký tự cuối</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Clear the whole code</source>
        <translation>Xóa toàn bộ mã</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>pbvote kiosk</source>
        <translation>Máy bỏ phiếu pbvote</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Bắt đầu lại?</translation>
    </message>
    <message>
        <source>The choices on this ballot will be cleared. Nothing has been stored, and your code stays valid.</source>
        <translation>Các lựa chọn trên phiếu bầu này sẽ bị xóa. Chưa có gì được lưu và mã của bạn vẫn còn hiệu lực.</translation>
    </message>
    <message>
        <source>No, keep my ballot</source>
        <translation>Không, giữ phiếu bầu của tôi</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Có, bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Staff screen</source>
        <translation>Màn hình nhân viên</translation>
    </message>
    <message>
        <source>Staff only: enter the operator PIN</source>
        <translation>Chỉ dành cho nhân viên: nhập mã PIN vận hành</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Máy bỏ phiếu %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>Ballots stored on this kiosk: %1</source>
        <translation>Số phiếu bầu lưu trên máy này: %1</translation>
    </message>
    <message>
        <source>Pause voting</source>
        <translation>Tạm dừng bỏ phiếu</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Mở lại bỏ phiếu</translation>
    </message>
    <message>
        <source>Close voting for good</source>
        <translation>Đóng bỏ phiếu vĩnh viễn</translation>
    </message>
    <message>
        <source>Closing ends voting at this kiosk for this round. It cannot be undone. Close now?</source>
        <translation>Đóng sẽ kết thúc việc bỏ phiếu trên máy này cho đợt này. Không thể hoàn tác. Đóng ngay bây giờ?</translation>
    </message>
    <message>
        <source>Yes, close voting</source>
        <translation>Có, đóng bỏ phiếu</translation>
    </message>
    <message>
        <source>No, keep it open</source>
        <translation>Không, vẫn để mở</translation>
    </message>
    <message>
        <source>Witness codes for the paper log</source>
        <translation>Mã chứng thực để ghi vào sổ giấy</translation>
    </message>
    <message>
        <source>None yet: a witness code appears each time voting is paused or closed.</source>
        <translation>Chưa có: mỗi lần tạm dừng hoặc đóng bỏ phiếu sẽ xuất hiện một mã chứng thực.</translation>
    </message>
    <message numerus="yes">
        <source>Final, batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Lô cuối %1: %2 (tổng cộng %n phiếu, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Lô %1: %2 (tổng cộng %n phiếu, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and return to voting</source>
        <translation>Khóa và quay lại bỏ phiếu</translation>
    </message>
    <message>
        <source>Quit the kiosk program</source>
        <translation>Thoát chương trình máy bỏ phiếu</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>Đã nhập %n chữ số</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>Đã cho %n điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>No points given</source>
        <translation>Chưa cho điểm</translation>
    </message>
    <message>
        <source>Your choice number %1</source>
        <translation>Lựa chọn số %1 của bạn</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Chưa xếp hạng</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Đã chọn</translation>
    </message>
    <message>
        <source>Costs more than what is left</source>
        <translation>Vượt quá số tiền còn lại</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Chi phí: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Details about %1</source>
        <translation>Chi tiết về %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Bỏ chọn %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Chọn %1</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Bỏ khỏi xếp hạng</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Thêm vào xếp hạng</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move %1 up the ranking</source>
        <translation>Đưa %1 lên hạng cao hơn</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Move %1 down the ranking</source>
        <translation>Đưa %1 xuống hạng thấp hơn</translation>
    </message>
    <message>
        <source>Take a point from %1</source>
        <translation>Bớt một điểm của %1</translation>
    </message>
    <message>
        <source>Give a point to %1</source>
        <translation>Thêm một điểm cho %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Hình ảnh: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Cost: %1</source>
        <translation>Chi phí: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Khu vực: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Bỏ khỏi xếp hạng</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Thêm vào xếp hạng</translation>
    </message>
    <message>
        <source>Take a point</source>
        <translation>Bớt một điểm</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>Đã cho %n điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a point</source>
        <translation>Thêm một điểm</translation>
    </message>
    <message>
        <source>Back to all projects</source>
        <translation>Quay lại danh sách dự án</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Hình ảnh: %1</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 tại byte %2</translation>
    </message>
    <message>
        <source>truncated record: %1 needs %2 more bytes, %3 left</source>
        <translation>bản ghi bị cắt cụt: %1 cần thêm %2 byte, chỉ còn %3</translation>
    </message>
    <message>
        <source>length %1 is larger than allowed (%2)</source>
        <translation>độ dài %1 lớn hơn mức cho phép (%2)</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>văn bản không phải là UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>expected a %1 record</source>
        <translation>cần một bản ghi %1</translation>
    </message>
    <message>
        <source>Malformed %1: %2</source>
        <translation>Sai định dạng (%1): %2</translation>
    </message>
    <message>
        <source>Malformed %1: %2 unexpected bytes after the end</source>
        <translation>Sai định dạng (%1): %2 byte thừa sau phần kết thúc</translation>
    </message>
    <message>
        <source>Malformed %1: not in canonical form</source>
        <translation>Sai định dạng (%1): không ở dạng chính tắc</translation>
    </message>
    <message>
        <source>%1 is %2, above 2^31 - 1</source>
        <translation>%1 là %2, vượt quá 2^31 - 1</translation>
    </message>
    <message>
        <source>unknown ballot kind %1</source>
        <translation>loại phiếu bầu không xác định %1</translation>
    </message>
    <message>
        <source>too many projects (%1)</source>
        <translation>quá nhiều dự án (%1)</translation>
    </message>
    <message>
        <source>kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>máy bỏ phiếu “%1” được liệt kê hai lần hoặc sai thứ tự</translation>
    </message>
    <message>
        <source>too many revoked kiosks (%1)</source>
        <translation>quá nhiều máy bỏ phiếu bị thu hồi (%1)</translation>
    </message>
    <message>
        <source>revoked kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>máy bỏ phiếu bị thu hồi “%1” được liệt kê hai lần hoặc sai thứ tự</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1 ballots cannot fit in %2 bytes</source>
        <translation>Phiếu đã mở sai định dạng: %1 phiếu bầu không thể nằm vừa trong %2 byte</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is out of order</source>
        <translation>Phiếu đã mở sai định dạng: phiếu bầu %1 sai thứ tự</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is damaged</source>
        <translation>Phiếu đã mở sai định dạng: phiếu bầu %1 bị hỏng</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1</source>
        <translation>Phiếu đã mở sai định dạng: %1</translation>
    </message>
    <message>
        <source>Malformed opened ballots: unexpected bytes after the end</source>
        <translation>Phiếu đã mở sai định dạng: có byte thừa sau phần kết thúc</translation>
    </message>
    <message>
        <source>unknown checkpoint kind %1</source>
        <translation>loại điểm kiểm tra không xác định %1</translation>
    </message>
    <message>
        <source>unknown event type %1</source>
        <translation>loại sự kiện không xác định %1</translation>
    </message>
    <message>
        <source>an 8-bit field</source>
        <translation>một trường 8 bit</translation>
    </message>
    <message>
        <source>a 16-bit field</source>
        <translation>một trường 16 bit</translation>
    </message>
    <message>
        <source>a 32-bit field</source>
        <translation>một trường 32 bit</translation>
    </message>
    <message>
        <source>a 64-bit field</source>
        <translation>một trường 64 bit</translation>
    </message>
    <message>
        <source>a fixed-size field</source>
        <translation>một trường kích thước cố định</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>bản kê khai</translation>
    </message>
    <message>
        <source>tally statement</source>
        <translation>biên bản kiểm phiếu</translation>
    </message>
    <message>
        <source>a choice&apos;s value</source>
        <translation>giá trị của một lựa chọn</translation>
    </message>
    <message>
        <source>ballot plaintext</source>
        <translation>lá phiếu dạng rõ</translation>
    </message>
    <message>
        <source>ballot envelope</source>
        <translation>phong bì lá phiếu</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>điểm kiểm tra</translation>
    </message>
    <message>
        <source>event</source>
        <translation>sự kiện</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>Quy tắc kiểm phiếu</translation>
    </message>
    <message>
        <source>Tie-breaking</source>
        <translation>Cách phân định khi hòa</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không nêu rõ</translation>
    </message>
    <message>
        <source>Ballots counted</source>
        <translation>Số phiếu bầu được kiểm</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Các dự án được cấp vốn</translation>
    </message>
    <message>
        <source>No project is funded.</source>
        <translation>Không có dự án nào được cấp vốn.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Được cấp vốn</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Why each project won or lost</source>
        <translation>Lý do mỗi dự án được chọn hoặc không</translation>
    </message>
    <message>
        <source>funded, rank %1</source>
        <translation>được cấp vốn, hạng %1</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>không được cấp vốn</translation>
    </message>
    <message>
        <source>(The rule gave no reason.)</source>
        <translation>(Quy tắc không đưa ra lý do.)</translation>
    </message>
    <message>
        <source>Cannot write the results to &quot;%1&quot;: %2</source>
        <translation>Không thể ghi kết quả vào “%1”: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Đợt bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>District: %1 (%2)</source>
        <translation>Khu vực: %1 (%2)</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>Dự án toàn thành phố</translation>
    </message>
    <message>
        <source>The result gives no separate figures per district; the whole round is shown.</source>
        <translation>Kết quả không có số liệu riêng cho từng khu vực; hiển thị toàn bộ đợt bỏ phiếu.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>không thể bắt đầu tạo tệp PDF.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>không thể bắt đầu trang mới.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your ballot</source>
        <translation>Kiểm tra phiếu bầu của bạn</translation>
    </message>
    <message>
        <source>When you press &quot;Cast my vote&quot; your ballot is sealed, signed and stored. It cannot be changed after that.</source>
        <translation>Khi bạn nhấn “Gửi phiếu bầu”, phiếu bầu của bạn sẽ được niêm phong, ký xác nhận và lưu lại. Sau đó không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Gửi phiếu bầu</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Thay đổi lựa chọn</translation>
    </message>
</context>
<context>
    <name>Round</name>
    <message>
        <source>the round is already %1.</source>
        <translation>đợt bỏ phiếu đã ở trạng thái %1.</translation>
    </message>
    <message>
        <source>a closed round can never be opened again or changed.</source>
        <translation>đợt bỏ phiếu đã đóng thì không bao giờ được mở lại hay thay đổi.</translation>
    </message>
    <message>
        <source>a draft round must be opened first.</source>
        <translation>đợt bỏ phiếu nháp phải được mở trước.</translation>
    </message>
    <message>
        <source>a round can only be tallied after it is closed.</source>
        <translation>chỉ có thể kiểm phiếu một đợt bỏ phiếu sau khi đợt đó đã đóng.</translation>
    </message>
    <message>
        <source>that step is not part of a round&apos;s lifecycle.</source>
        <translation>bước đó không thuộc vòng đời của một đợt bỏ phiếu.</translation>
    </message>
    <message>
        <source>Cannot move the round from %1 to %2: %3</source>
        <translation>Không thể chuyển đợt bỏ phiếu từ %1 sang %2: %3</translation>
    </message>
    <message>
        <source>A project needs an id.</source>
        <translation>Dự án cần có mã.</translation>
    </message>
    <message>
        <source>Project %1 has no title.</source>
        <translation>Dự án %1 không có tên.</translation>
    </message>
    <message>
        <source>Project %1 must cost more than zero.</source>
        <translation>Chi phí của dự án %1 phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Project %1 is in district &quot;%2&quot;, which the round does not have.</source>
        <translation>Dự án %1 thuộc khu vực “%2”, nhưng đợt bỏ phiếu không có khu vực này.</translation>
    </message>
    <message>
        <source>Project %1 costs more than the whole budget it competes for.</source>
        <translation>Chi phí của dự án %1 lớn hơn toàn bộ ngân sách mà dự án tranh phần.</translation>
    </message>
    <message>
        <source>The round has no name.</source>
        <translation>Đợt bỏ phiếu không có tên.</translation>
    </message>
    <message>
        <source>The round&apos;s budget cannot be negative.</source>
        <translation>Ngân sách của đợt bỏ phiếu không được là số âm.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR, got &quot;%1&quot;.</source>
        <translation>Đơn vị tiền tệ phải là mã ba chữ cái như EUR, nhưng nhận được “%1”.</translation>
    </message>
    <message>
        <source>District id &quot;%1&quot; is empty or used twice.</source>
        <translation>Mã khu vực “%1” bị trống hoặc bị dùng hai lần.</translation>
    </message>
    <message>
        <source>District %1 has a negative budget.</source>
        <translation>Khu vực %1 có ngân sách âm.</translation>
    </message>
    <message>
        <source>Project id &quot;%1&quot; is empty or used twice.</source>
        <translation>Mã dự án “%1” bị trống hoặc bị dùng hai lần.</translation>
    </message>
    <message>
        <source>Project %1 is in category &quot;%2&quot;, which is not one of the round&apos;s categories.</source>
        <translation>Dự án %1 thuộc danh mục “%2”, không phải một trong các danh mục của đợt bỏ phiếu.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is empty or listed twice.</source>
        <translation>Danh mục “%1” bị trống hoặc được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>Thời điểm đóng bỏ phiếu phải sau thời điểm mở.</translation>
    </message>
    <message>
        <source>A round can hold at most 65,535 projects.</source>
        <translation>Một đợt bỏ phiếu có tối đa 65.535 dự án.</translation>
    </message>
    <message>
        <source>The number of projects to choose cannot be negative.</source>
        <translation>Số dự án được chọn không được là số âm.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is above the maximum.</source>
        <translation>Số dự án tối thiểu phải chọn lớn hơn số tối đa.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is more than the ballot has.</source>
        <translation>Số dự án tối thiểu phải chọn nhiều hơn số dự án trên phiếu bầu.</translation>
    </message>
    <message>
        <source>The minimum share of the budget must be between 0 and 100%.</source>
        <translation>Tỷ lệ ngân sách tối thiểu phải nằm trong khoảng từ 0 đến 100%.</translation>
    </message>
    <message>
        <source>A minimum share of the budget only applies to knapsack ballots.</source>
        <translation>Tỷ lệ ngân sách tối thiểu chỉ áp dụng cho phiếu knapsack.</translation>
    </message>
    <message>
        <source>A cumulative ballot needs a number of points to spread.</source>
        <translation>Phiếu cộng dồn cần có số điểm để chia.</translation>
    </message>
    <message>
        <source>The points allowed per project cannot be negative.</source>
        <translation>Số điểm tối đa cho mỗi dự án không được là số âm.</translation>
    </message>
    <message>
        <source>Points only apply to cumulative ballots.</source>
        <translation>Điểm chỉ áp dụng cho phiếu cộng dồn.</translation>
    </message>
    <message>
        <source>Project %1 is listed on the ballot, but its status says it is not on the ballot.</source>
        <translation>Dự án %1 có tên trên lá phiếu, nhưng trạng thái của nó cho biết nó không có trên lá phiếu.</translation>
    </message>
    <message>
        <source>Project %1 is kept off the ballot, but its status says it is on the ballot.</source>
        <translation>Dự án %1 được để ngoài lá phiếu, nhưng trạng thái của nó cho biết nó có trên lá phiếu.</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>round state</comment>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>round state</comment>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>open</source>
        <comment>round state</comment>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>round state</comment>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>tallied</source>
        <comment>round state</comment>
        <translation>đã kiểm phiếu</translation>
    </message>
</context>
<context>
    <name>RoundCounter</name>
    <message>
        <source>Round %1 is %2: ballots are opened only after voting has closed.</source>
        <translation>Đợt bỏ phiếu %1 đang ở trạng thái %2: phiếu bầu chỉ được mở sau khi đã đóng bỏ phiếu.</translation>
    </message>
    <message>
        <source>The round&apos;s manifest signature is not valid: the round&apos;s rules or projects were altered after it opened.</source>
        <translation>Chữ ký bản kê khai của đợt bỏ phiếu không hợp lệ: quy tắc hoặc dự án của đợt bỏ phiếu đã bị sửa sau khi mở.</translation>
    </message>
    <message>
        <source>The election secret key has the wrong size.</source>
        <translation>Khóa bí mật của cuộc bỏ phiếu có kích thước sai.</translation>
    </message>
    <message>
        <source>Ballot %1 of %2 (in ballot-id order, id %3)</source>
        <translation>Phiếu bầu %1 trên %2 (theo thứ tự mã phiếu bầu, mã %3)</translation>
    </message>
    <message>
        <source>: kiosk %1 is not registered in the manifest.</source>
        <translation>: máy bỏ phiếu %1 chưa được đăng ký trong bản kê khai.</translation>
    </message>
    <message>
        <source>: the kiosk signature is not valid.</source>
        <translation>: chữ ký của máy bỏ phiếu không hợp lệ.</translation>
    </message>
    <message>
        <source>: it was cast in another round (manifest differs).</source>
        <translation>: phiếu này được bỏ trong một đợt bỏ phiếu khác (bản kê khai khác).</translation>
    </message>
    <message>
        <source>: the stored columns disagree with the signed envelope.</source>
        <translation>: các cột đã lưu không khớp với phong bì đã ký.</translation>
    </message>
    <message>
        <source>: the sealed vote belongs to another ballot or round.</source>
        <translation>: phiếu đã niêm phong thuộc về một phiếu bầu hoặc đợt bỏ phiếu khác.</translation>
    </message>
    <message>
        <source>: the sealed vote is of the wrong ballot kind.</source>
        <translation>: phiếu đã niêm phong thuộc sai loại phiếu bầu.</translation>
    </message>
    <message>
        <source>: the vote breaks the round&apos;s rules: %1</source>
        <translation>: phiếu bầu vi phạm quy định của đợt bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>: the vote is not in canonical form.</source>
        <translation>: phiếu bầu không ở dạng chính tắc.</translation>
    </message>
    <message>
        <source>Unknown counting rule &quot;%1&quot;; known rules: %2</source>
        <translation>Quy tắc kiểm phiếu không xác định “%1”; các quy tắc đã biết: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot unlock the %1 key &quot;%2&quot;: %3</source>
        <translation>Không thể mở khóa “%2” (loại %1): %3</translation>
    </message>
    <message>
        <source>Round %1 was never opened, so it has no ballots.</source>
        <translation>Đợt bỏ phiếu %1 chưa từng được mở, nên không có phiếu bầu nào.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1. Change language</source>
        <translation>Ngôn ngữ: %1. Đổi ngôn ngữ</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Chữ và màu sắc</translation>
    </message>
    <message>
        <source>Audio on</source>
        <translation>Đang bật âm thanh</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <source>Start over: clear this ballot and go back to the first screen</source>
        <translation>Bắt đầu lại: xóa phiếu bầu này và quay về màn hình đầu tiên</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Please ask a librarian for help.</source>
        <translation>Vui lòng nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Chỉ dành cho nhân viên</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>… và %n vấn đề khác cùng loại.</numerusform>
        </translation>
    </message>
    <message>
        <source>ballots[%1], id %2</source>
        <translation>ballots[%1], mã %2</translation>
    </message>
    <message>
        <source>ballots[%1]</source>
        <translation>ballots[%1]</translation>
    </message>
    <message>
        <source>checkpoints[%1] (kiosk %2, batch %3)</source>
        <translation>checkpoints[%1] (máy %2, đợt %3)</translation>
    </message>
    <message>
        <source>checkpoints[%1]</source>
        <translation>checkpoints[%1]</translation>
    </message>
    <message>
        <source>results[%1] (rule %2)</source>
        <translation>results[%1] (quy tắc %2)</translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1 có trường không xác định &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 thiếu trường &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 không phải là chuỗi.</translation>
    </message>
    <message>
        <source>%1.%2 is not standard base64 (with padding).</source>
        <translation>%1.%2 không phải là base64 chuẩn (có đệm).</translation>
    </message>
    <message>
        <source>%1 is not a string.</source>
        <translation>%1 không phải là chuỗi.</translation>
    </message>
    <message>
        <source>%1 is not %2 bytes in lowercase hex.</source>
        <translation>%1 không phải là %2 byte ở dạng thập lục phân chữ thường.</translation>
    </message>
    <message>
        <source>%1.%2 is not a whole number from %3 to %4.</source>
        <translation>%1.%2 không phải là số nguyên từ %3 đến %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array.</source>
        <translation>&quot;%1&quot; không phải là mảng.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 không phải là đối tượng.</translation>
    </message>
    <message>
        <source>The file is a canonical pbvote election record (format version 2)</source>
        <translation>Tệp là hồ sơ bỏ phiếu pbvote ở dạng chính tắc (định dạng phiên bản 2)</translation>
    </message>
    <message>
        <source>The manifest is well formed and the record&apos;s copies of its fields match it</source>
        <translation>Bản kê khai đúng cấu trúc và các bản sao trường của nó trong hồ sơ khớp với nó</translation>
    </message>
    <message>
        <source>The manifest is signed by the authority</source>
        <translation>Bản kê khai được cơ quan quản lý ký</translation>
    </message>
    <message>
        <source>Every ballot is signed by the kiosk it names</source>
        <translation>Mọi phiếu bầu đều được ký bởi máy bỏ phiếu ghi trên phiếu</translation>
    </message>
    <message>
        <source>Every ballot was cast in this round (manifest hash)</source>
        <translation>Mọi phiếu bầu đều được bỏ trong đợt bỏ phiếu này (giá trị băm của bản kê khai)</translation>
    </message>
    <message>
        <source>Every ballot&apos;s kiosk is registered in the manifest</source>
        <translation>Máy bỏ phiếu của mọi phiếu bầu đều được đăng ký trong bản kê khai</translation>
    </message>
    <message>
        <source>Ballots are listed in ascending ballot-id order</source>
        <translation>Các phiếu bầu được liệt kê theo thứ tự tăng dần của mã phiếu bầu</translation>
    </message>
    <message>
        <source>No ballot appears twice (same ballot id or same sealed vote)</source>
        <translation>Không phiếu bầu nào xuất hiện hai lần (cùng mã phiếu bầu hoặc cùng phiếu đã niêm phong)</translation>
    </message>
    <message>
        <source>Every sealed vote has the length the manifest fixes</source>
        <translation>Mọi phiếu đã niêm phong đều có độ dài mà bản kê khai quy định</translation>
    </message>
    <message>
        <source>Every receipt code is the one computed from its signed ballot</source>
        <translation>Mọi mã biên nhận đều đúng là mã được tính từ phiếu bầu đã ký tương ứng</translation>
    </message>
    <message>
        <source>Every checkpoint is signed by its kiosk for this round</source>
        <translation>Mọi điểm kiểm tra đều được máy bỏ phiếu của nó ký cho đợt bỏ phiếu này</translation>
    </message>
    <message>
        <source>Each kiosk&apos;s checkpoints form one chain: batches 1..n, linked, only the last final</source>
        <translation>Các điểm kiểm tra của mỗi máy bỏ phiếu tạo thành một chuỗi: các đợt 1..n, nối với nhau, chỉ điểm cuối cùng là điểm kết thúc</translation>
    </message>
    <message>
        <source>Each batch holds as many ballots and spent codes as its checkpoint says</source>
        <translation>Mỗi đợt chứa đúng số phiếu bầu và số mã đã dùng như điểm kiểm tra của đợt đó ghi</translation>
    </message>
    <message>
        <source>Each batch&apos;s ballots and spent codes have the Merkle roots its checkpoint signs</source>
        <translation>Các phiếu bầu và mã đã dùng của mỗi đợt có gốc Merkle đúng như điểm kiểm tra của đợt đó ký</translation>
    </message>
    <message>
        <source>Every ballot belongs to a batch that has a checkpoint</source>
        <translation>Mọi phiếu bầu đều thuộc một đợt có điểm kiểm tra</translation>
    </message>
    <message>
        <source>Every kiosk that took part signed a final checkpoint</source>
        <translation>Mọi máy bỏ phiếu đã tham gia đều ký điểm kiểm tra cuối</translation>
    </message>
    <message>
        <source>No batch of ballots is so small that its voters could be singled out</source>
        <translation>Không đợt phiếu bầu nào nhỏ đến mức có thể nhận ra từng cử tri của đợt đó</translation>
    </message>
    <message>
        <source>The event log is one unbroken hash chain that agrees with the checkpoints, signed to its end</source>
        <translation>Nhật ký sự kiện là một chuỗi băm liền mạch, khớp với các điểm kiểm tra và được ký đến tận cuối</translation>
    </message>
    <message>
        <source>The log&apos;s times never go backwards and lie within the voting period</source>
        <translation>Thời gian trong nhật ký không bao giờ lùi lại và nằm trong thời gian bỏ phiếu</translation>
    </message>
    <message>
        <source>No kiosk records voting after its own close</source>
        <translation>Không máy bỏ phiếu nào ghi nhận việc bỏ phiếu sau khi chính máy đó đã đóng</translation>
    </message>
    <message>
        <source>Access codes: the issued list is the signed one, each spent code was issued and spent once</source>
        <translation>Mã truy cập: danh sách đã phát là danh sách đã ký, mỗi mã đã dùng đều đã được phát và chỉ dùng một lần</translation>
    </message>
    <message>
        <source>Every result has a tally statement signed by the authority that matches the record</source>
        <translation>Mọi kết quả đều có biên bản kiểm phiếu do cơ quan quản lý ký và khớp với hồ sơ</translation>
    </message>
    <message>
        <source>Every result is signed by the authority</source>
        <translation>Mọi kết quả đều được cơ quan quản lý ký</translation>
    </message>
    <message>
        <source>The opened ballots are the signed ones, valid, and as many as counted</source>
        <translation>Các phiếu đã mở chính là các phiếu đã ký, hợp lệ, và có số lượng đúng bằng số đã tính</translation>
    </message>
    <message>
        <source>Recounting the opened ballots gives the published result</source>
        <translation>Kiểm phiếu lại các phiếu đã mở cho ra kết quả đã công bố</translation>
    </message>
    <message>
        <source>The result is counted with the rule fixed in the manifest</source>
        <translation>Kết quả được kiểm phiếu theo quy tắc đã ấn định trong bản kê khai</translation>
    </message>
    <message>
        <source>The witness codes written down at the kiosks match signed checkpoints</source>
        <translation>Các mã chứng thực được ghi lại tại máy bỏ phiếu khớp với các điểm kiểm tra đã ký</translation>
    </message>
    <message>
        <source>With the election key: every sealed vote opens, is valid, and the opened ballots are exactly them</source>
        <translation>Với khóa cuộc bỏ phiếu: mọi phiếu đã niêm phong đều mở được, hợp lệ, và các phiếu đã mở đúng là những phiếu đó</translation>
    </message>
    <message>
        <source>The record does not reveal the order in which ballots were cast</source>
        <translation>Hồ sơ không để lộ thứ tự bỏ các phiếu bầu</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt is in the record and counted</source>
        <translation>Biên nhận của cử tri có trong hồ sơ và đã được tính</translation>
    </message>
    <message>
        <source>Not run: the manifest cannot be read (see MANIFEST).</source>
        <translation>Không chạy: không đọc được bản kê khai (xem MANIFEST).</translation>
    </message>
    <message>
        <source>Not run: the record cannot be read (see RECORD_FORMAT).</source>
        <translation>Không chạy: không đọc được hồ sơ (xem RECORD_FORMAT).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file is not canonical JSON: at byte %1, %2 (it reads &quot;%3&quot;).</source>
        <translation>Tệp không phải là JSON chính tắc: tại byte %1, %2 (đoạn đó là “%3”).</translation>
    </message>
    <message>
        <source>The file is JSON but not an object: it is not an election record.</source>
        <translation>Tệp là JSON nhưng không phải là đối tượng: đây không phải là hồ sơ bỏ phiếu.</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;pbvote-election-record&quot;: this is not a pbvote election record.</source>
        <translation>&quot;format&quot; không phải là &quot;pbvote-election-record&quot;: đây không phải là hồ sơ bỏ phiếu pbvote.</translation>
    </message>
    <message>
        <source>Format version 1 (written before the canonical format): its &quot;round&quot; copy is not all checked. Export the round again for a version 2 record.</source>
        <translation>Định dạng phiên bản 1 (được ghi trước khi có định dạng chính tắc): bản sao &quot;round&quot; không được kiểm tra toàn bộ. Hãy xuất lại đợt bỏ phiếu để có hồ sơ phiên bản 2.</translation>
    </message>
    <message>
        <source>Format version %1: this verifier reads version %2 (and 1). Use a pbvote that reads it.</source>
        <translation>Định dạng phiên bản %1: trình kiểm chứng này đọc phiên bản %2 (và 1). Hãy dùng phiên bản pbvote đọc được định dạng đó.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(không phải là số)</translation>
    </message>
    <message>
        <source>%1 has only part of a tally statement: &quot;statement&quot;, &quot;statement_signature&quot; and &quot;opened_ballots&quot; go together.</source>
        <translation>%1 chỉ có một phần của biên bản kiểm phiếu: &quot;statement&quot;, &quot;statement_signature&quot; và &quot;opened_ballots&quot; phải đi cùng nhau.</translation>
    </message>
    <message>
        <source>%1: results are not in ascending order of their rule.</source>
        <translation>%1: các kết quả không được xếp theo thứ tự tăng dần của quy tắc.</translation>
    </message>
    <message>
        <source>Canonical JSON, every field known and well encoded.</source>
        <translation>JSON chính tắc, mọi trường đều đã biết và được mã hóa đúng.</translation>
    </message>
    <message>
        <source>The record has no readable manifest.</source>
        <translation>Hồ sơ không có bản kê khai đọc được.</translation>
    </message>
    <message>
        <source>Kiosks %1 and %2 are registered with the same public key.</source>
        <translation>Máy bỏ phiếu %1 và %2 được đăng ký với cùng một khóa công khai.</translation>
    </message>
    <message>
        <source>&quot;manifest_hash&quot; is %1 but the manifest&apos;s hash is %2.</source>
        <translation>&quot;manifest_hash&quot; là %1 nhưng giá trị băm của bản kê khai là %2.</translation>
    </message>
    <message>
        <source>&quot;authority_public_key&quot; is %1 but the manifest names %2.</source>
        <translation>&quot;authority_public_key&quot; là %1 nhưng bản kê khai ghi %2.</translation>
    </message>
    <message>
        <source>&quot;authority_fingerprint&quot; is %1 but the manifest&apos;s authority key has fingerprint %2.</source>
        <translation>&quot;authority_fingerprint&quot; là %1 nhưng khóa cơ quan quản lý trong bản kê khai có dấu vân tay %2.</translation>
    </message>
    <message>
        <source>round.name is &quot;%1&quot; but the manifest names the round &quot;%2&quot;.</source>
        <translation>round.name là “%1” nhưng bản kê khai đặt tên đợt bỏ phiếu là “%2”.</translation>
    </message>
    <message>
        <source>round.election_id is %1 but the manifest&apos;s election id is %2.</source>
        <translation>round.election_id là %1 nhưng mã cuộc bỏ phiếu trong bản kê khai là %2.</translation>
    </message>
    <message>
        <source>The manifest&apos;s round is not valid: %1</source>
        <translation>Đợt bỏ phiếu trong bản kê khai không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s padded ballot size is %1; its round needs %2.</source>
        <translation>Kích thước phiếu đã đệm trong bản kê khai là %1; đợt bỏ phiếu của nó cần %2.</translation>
    </message>
    <message>
        <source>the budget is negative</source>
        <translation>ngân sách là số âm</translation>
    </message>
    <message>
        <source>district %1&apos;s budget is negative</source>
        <translation>ngân sách của khu vực %1 là số âm</translation>
    </message>
    <message>
        <source>project %1&apos;s cost is negative</source>
        <translation>chi phí của dự án %1 là số âm</translation>
    </message>
    <message>
        <source>the projects&apos; costs add up to more than 2^63 - 1</source>
        <translation>tổng chi phí các dự án vượt quá 2^63 - 1</translation>
    </message>
    <message>
        <source>The manifest&apos;s amounts are out of range: %1. Ballots are not checked against it.</source>
        <translation>Các khoản tiền trong bản kê khai nằm ngoài phạm vi cho phép: %1. Các phiếu bầu không được đối chiếu với bản kê khai.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature is not valid for the authority key it names: the manifest was altered after it was signed, or signed by someone else.</source>
        <translation>Chữ ký của bản kê khai không hợp lệ với khóa cơ quan quản lý mà nó ghi: bản kê khai đã bị sửa sau khi ký, hoặc do người khác ký.</translation>
    </message>
    <message>
        <source>No --authority fingerprint given: the authority key in the record (fingerprint %1) was used. Compare it with the fingerprint the organizers published.</source>
        <translation>Không có dấu vân tay --authority: đã dùng khóa cơ quan quản lý có trong hồ sơ (dấu vân tay %1). Hãy so nó với dấu vân tay mà ban tổ chức đã công bố.</translation>
    </message>
    <message>
        <source>The manifest is signed by the key with fingerprint %1, not by the authority %2 you gave.</source>
        <translation>Bản kê khai được ký bằng khóa có dấu vân tay %1, không phải bởi cơ quan quản lý %2 mà bạn nhập.</translation>
    </message>
    <message>
        <source>The authority key&apos;s fingerprint %1 is the one given with --authority.</source>
        <translation>Dấu vân tay %1 của khóa cơ quan quản lý đúng là dấu vân tay được nhập bằng --authority.</translation>
    </message>
    <message>
        <source>%1: the record says receipt %2, the signed ballot&apos;s receipt is %3.</source>
        <translation>%1: hồ sơ ghi biên nhận %2, nhưng biên nhận của phiếu bầu đã ký là %3.</translation>
    </message>
    <message>
        <source>%1: the envelope cannot be read: %2</source>
        <translation>%1: không đọc được phong bì: %2</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest.</source>
        <translation>%1: máy bỏ phiếu “%2” chưa được đăng ký trong bản kê khai.</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest, so no key can check its signature.</source>
        <translation>%1: máy bỏ phiếu “%2” chưa được đăng ký trong bản kê khai, nên không có khóa nào để kiểm tra chữ ký của nó.</translation>
    </message>
    <message>
        <source>%1: the signature of kiosk %2 is not valid.</source>
        <translation>%1: chữ ký của máy bỏ phiếu %2 không hợp lệ.</translation>
    </message>
    <message>
        <source>%1: it was cast in another round (its manifest hash is %2).</source>
        <translation>%1: phiếu này được bỏ trong một đợt bỏ phiếu khác (giá trị băm bản kê khai của nó là %2).</translation>
    </message>
    <message>
        <source>%1: the sealed vote is %2 bytes; the manifest fixes %3.</source>
        <translation>%1: phiếu đã niêm phong dài %2 byte; bản kê khai quy định %3.</translation>
    </message>
    <message>
        <source>%1 comes after %2: ballots must be listed in ascending ballot-id order.</source>
        <translation>%1 đứng sau %2: các phiếu bầu phải được liệt kê theo thứ tự tăng dần của mã phiếu bầu.</translation>
    </message>
    <message>
        <source>ballots[%1] and ballots[%2] have the same ballot id %3.</source>
        <translation>ballots[%1] và ballots[%2] có cùng mã phiếu bầu %3.</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same sealed vote.</source>
        <translation>%1 và %2 chứa cùng một phiếu đã niêm phong.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) in ascending ballot-id order.</source>
        <translation>
            <numerusform>%n phiếu bầu theo thứ tự tăng dần của mã phiếu bầu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sealed vote is %1 bytes.</source>
        <translation>Mọi phiếu đã niêm phong đều dài %1 byte.</translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be read: %2</source>
        <translation>%1: không đọc được điểm kiểm tra: %2</translation>
    </message>
    <message>
        <source>%1: the record says kiosk %2, batch %3; the signed checkpoint says kiosk %4, batch %5.</source>
        <translation>%1: hồ sơ ghi máy %2, đợt %3; điểm kiểm tra đã ký ghi máy %4, đợt %5.</translation>
    </message>
    <message>
        <source>%1: the record says witness code %2; the signed checkpoint&apos;s witness code is %3.</source>
        <translation>%1: hồ sơ ghi mã chứng thực %2; mã chứng thực của điểm kiểm tra đã ký là %3.</translation>
    </message>
    <message>
        <source>%1: it was signed for another round (its manifest hash is %2).</source>
        <translation>%1: điểm này được ký cho một đợt bỏ phiếu khác (giá trị băm bản kê khai của nó là %2).</translation>
    </message>
    <message>
        <source>%1 comes after %2: checkpoints must be listed by kiosk, then batch, each once.</source>
        <translation>%1 đứng sau %2: các điểm kiểm tra phải được liệt kê theo máy bỏ phiếu, rồi theo đợt, mỗi điểm một lần.</translation>
    </message>
    <message>
        <source>%1: kiosk %2&apos;s checkpoint number %3 is for batch %4; batches go 1, 2, 3 … without gaps or repeats.</source>
        <translation>%1: điểm kiểm tra thứ %3 của máy %2 là của đợt %4; các đợt phải đi theo thứ tự 1, 2, 3 … không bỏ sót hay lặp lại.</translation>
    </message>
    <message>
        <source>%1: the first checkpoint of a kiosk must have no previous checkpoint.</source>
        <translation>%1: điểm kiểm tra đầu tiên của một máy không được có điểm kiểm tra trước đó.</translation>
    </message>
    <message>
        <source>%1 does not link to the previous checkpoint %2.</source>
        <translation>%1 không nối với điểm kiểm tra trước đó %2.</translation>
    </message>
    <message>
        <source>%1 is final, yet kiosk %2 has later checkpoints.</source>
        <translation>%1 là điểm kiểm tra cuối, nhưng máy %2 vẫn có các điểm kiểm tra sau đó.</translation>
    </message>
    <message>
        <source>%1 says kiosk %2 took %3 ballots so far; its batches add up to %4.</source>
        <translation>%1 ghi máy %2 đã nhận %3 phiếu bầu tính đến lúc đó; các đợt của máy cộng lại là %4.</translation>
    </message>
    <message>
        <source>%1 points to an earlier event than the checkpoint before it.</source>
        <translation>%1 trỏ tới một sự kiện sớm hơn sự kiện của điểm kiểm tra trước nó.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>thêm %n phiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the record holds %3 of that batch.</source>
        <translation>%1 ghi %2 phiếu bầu; hồ sơ chứa %3 phiếu của đợt đó.</translation>
    </message>
    <message>
        <source>%1 says %2 spent access codes; the record holds %3 of that batch.</source>
        <translation>%1 ghi %2 mã truy cập đã dùng; hồ sơ chứa %3 mã của đợt đó.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots but %3 spent access codes: each ballot spends one code.</source>
        <translation>%1 ghi %2 phiếu bầu nhưng %3 mã truy cập đã dùng: mỗi phiếu bầu dùng một mã.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 ballots is not the one the checkpoint signs: a ballot of the batch was removed, added or changed.</source>
        <translation>%1: gốc Merkle của %2 phiếu bầu trong đợt không phải là gốc mà điểm kiểm tra ký: một phiếu bầu của đợt đã bị xóa, thêm hoặc sửa.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 spent access codes is not the one the checkpoint signs.</source>
        <translation>%1: gốc Merkle của %2 mã truy cập đã dùng trong đợt không phải là gốc mà điểm kiểm tra ký.</translation>
    </message>
    <message>
        <source>Kiosk %1 took part but signed no checkpoint at all.</source>
        <translation>Máy %1 đã tham gia nhưng không ký điểm kiểm tra nào.</translation>
    </message>
    <message>
        <source>Kiosk %1&apos;s last checkpoint (batch %2) is a suspension: it never signed its final checkpoint, so ballots after it may be missing.</source>
        <translation>Điểm kiểm tra cuối cùng của máy %1 (đợt %2) là một lần tạm dừng: máy chưa bao giờ ký điểm kiểm tra cuối, nên có thể thiếu các phiếu bầu sau đó.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) checked.</source>
        <translation>
            <numerusform>Đã kiểm tra %n đợt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n ballot(s). Someone who knows who voted at that kiosk between its checkpoints and who also holds the election key could link these sealed votes to a few people. The published opened ballots stay unlinked.</source>
        <translation>
            <numerusform>%1 chứa %n phiếu bầu. Ai biết những người đã bỏ phiếu tại máy đó giữa các điểm kiểm tra của máy, đồng thời giữ khóa cuộc bỏ phiếu, có thể liên kết các phiếu đã niêm phong này với một vài người. Các phiếu đã mở được công bố vẫn không thể bị liên kết với ai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every batch with ballots holds at least %1.</source>
        <translation>Mọi đợt có phiếu bầu đều chứa ít nhất %1 phiếu.</translation>
    </message>
    <message>
        <source>events[%1]</source>
        <translation>events[%1]</translation>
    </message>
    <message>
        <source>%1: the event cannot be read: %2</source>
        <translation>%1: không đọc được sự kiện: %2</translation>
    </message>
    <message>
        <source>%1 has sequence number %2; the log must number events 1, 2, 3 … in order.</source>
        <translation>%1 có số thứ tự %2; nhật ký phải đánh số các sự kiện 1, 2, 3 … theo thứ tự.</translation>
    </message>
    <message>
        <source>%1 does not link to the event before it: an event was removed, added or changed.</source>
        <translation>%1 không nối với sự kiện trước nó: một sự kiện đã bị xóa, thêm hoặc sửa.</translation>
    </message>
    <message>
        <source>%1, the first event, links to a previous event.</source>
        <translation>%1, sự kiện đầu tiên, lại nối với một sự kiện trước đó.</translation>
    </message>
    <message>
        <source>%1: these fields differ from the event&apos;s signed bytes: %2.</source>
        <translation>%1: các trường sau khác với các byte đã ký của sự kiện: %2.</translation>
    </message>
    <message>
        <source>%1 signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>%1 ký sự kiện %2 là đầu nhật ký, nhưng sự kiện %2 trong nhật ký không phải là sự kiện đó.</translation>
    </message>
    <message>
        <source>%1: its event %2 is not this kiosk&apos;s %3 event.</source>
        <translation>%1: sự kiện %2 của nó không phải là sự kiện %3 của máy này.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the log records %3 casts at kiosk %4 in that batch.</source>
        <translation>%1 ghi %2 phiếu bầu; nhật ký ghi nhận %3 lượt bỏ phiếu tại máy %4 trong đợt đó.</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2 after its last checkpoint.</source>
        <translation>Nhật ký ghi nhận %1 lượt bỏ phiếu tại máy %2 sau điểm kiểm tra cuối cùng của máy.</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2, which signed no checkpoint.</source>
        <translation>Nhật ký ghi nhận %1 lượt bỏ phiếu tại máy %2, nhưng máy này không ký điểm kiểm tra nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in one chain.</source>
        <translation>
            <numerusform>%n sự kiện trong một chuỗi duy nhất.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log goes on after event %1, the last one a checkpoint or tally statement signs: events %2 to %3 are covered by no signature, so anyone could have written them.</source>
        <translation>Nhật ký vẫn tiếp tục sau sự kiện %1, sự kiện cuối cùng được một điểm kiểm tra hoặc biên bản kiểm phiếu ký: các sự kiện từ %2 đến %3 không được chữ ký nào bảo đảm, nên ai cũng có thể đã viết ra chúng.</translation>
    </message>
    <message>
        <source>events[%1] (%2)</source>
        <translation>events[%1] (%2)</translation>
    </message>
    <message>
        <source>%1 is dated %2, before events[%3] (%4): the log&apos;s times never go backwards, so a clock was turned back or the log was rewritten.</source>
        <translation>%1 có thời điểm %2, sớm hơn events[%3] (%4): thời gian trong nhật ký không bao giờ lùi lại, vậy là đồng hồ đã bị chỉnh lùi hoặc nhật ký đã bị viết lại.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day after this verification (%3).</source>
        <translation>%1 có thời điểm %2, muộn hơn lần kiểm chứng này (%3) hơn một ngày.</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 is dated %3, more than a day outside the voting period the manifest plans (%4 to %5).</source>
        <translation>%1 tại máy %2 có thời điểm %3, nằm ngoài thời gian bỏ phiếu mà bản kê khai dự kiến (%4 đến %5) hơn một ngày.</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 comes after that kiosk closed (events[%3]).</source>
        <translation>%1 tại máy %2 xảy ra sau khi máy đó đã đóng (events[%3]).</translation>
    </message>
    <message>
        <source>%1 is dated %2, but the event it signs (events[%3]) is dated %4.</source>
        <translation>%1 có thời điểm %2, nhưng sự kiện mà nó ký (events[%3]) có thời điểm %4.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day outside the voting period the manifest plans (%3 to %4).</source>
        <translation>%1 có thời điểm %2, nằm ngoài thời gian bỏ phiếu mà bản kê khai dự kiến (%3 đến %4) hơn một ngày.</translation>
    </message>
    <message>
        <source>Times never go backwards; voting events lie within the planned period %1 to %2 (a day&apos;s margin).</source>
        <translation>Thời gian không bao giờ lùi lại; các sự kiện bỏ phiếu nằm trong thời gian dự kiến từ %1 đến %2 (với biên độ một ngày).</translation>
    </message>
    <message>
        <source>Times never go backwards. The manifest plans no voting period to compare with.</source>
        <translation>Thời gian không bao giờ lùi lại. Bản kê khai không dự kiến thời gian bỏ phiếu nào để so sánh.</translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) closed; none recorded voting afterwards.</source>
        <translation>
            <numerusform>%n máy bỏ phiếu đã đóng; không máy nào ghi nhận việc bỏ phiếu sau đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] repeats the code hash before it.</source>
        <translation>issued_code_hashes[%1] lặp lại giá trị băm mã đứng trước nó.</translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] is out of order: the list must be sorted.</source>
        <translation>issued_code_hashes[%1] sai thứ tự: danh sách phải được sắp xếp.</translation>
    </message>
    <message>
        <source>spent_codes[%1] (kiosk %2, batch %3)</source>
        <translation>spent_codes[%1] (máy %2, đợt %3)</translation>
    </message>
    <message>
        <source>%1 is out of order: spent codes are listed by kiosk, batch and hash, each once.</source>
        <translation>%1 sai thứ tự: các mã đã dùng được liệt kê theo máy, đợt và giá trị băm, mỗi mã một lần.</translation>
    </message>
    <message>
        <source>%1: this access code was never issued.</source>
        <translation>%1: mã truy cập này chưa từng được phát.</translation>
    </message>
    <message>
        <source>spent_codes[%1] and spent_codes[%2] are the same access code: it was used twice.</source>
        <translation>spent_codes[%1] và spent_codes[%2] là cùng một mã truy cập: mã đã được dùng hai lần.</translation>
    </message>
    <message>
        <source>%1: its tally statement says %2 access codes were issued; the record lists %3.</source>
        <translation>%1: biên bản kiểm phiếu của nó ghi đã phát %2 mã truy cập; hồ sơ liệt kê %3 mã.</translation>
    </message>
    <message>
        <source>%1: the issued code list is not the one its tally statement signs (Merkle root differs).</source>
        <translation>%1: danh sách mã đã phát không phải là danh sách mà biên bản kiểm phiếu của nó ký (gốc Merkle khác).</translation>
    </message>
    <message>
        <source>No tally statement signs the issued code list, so that list is only as the record says.</source>
        <translation>Không có biên bản kiểm phiếu nào ký danh sách mã đã phát, nên danh sách đó chỉ dựa trên những gì hồ sơ ghi.</translation>
    </message>
    <message>
        <source>%1 access codes issued, %2 spent.</source>
        <translation>Đã phát %1 mã truy cập, đã dùng %2 mã.</translation>
    </message>
    <message>
        <source>The log records that the round was counted, but the record holds no result: the results were removed.</source>
        <translation>Nhật ký ghi nhận đợt bỏ phiếu đã được kiểm phiếu, nhưng hồ sơ không có kết quả nào: các kết quả đã bị xóa.</translation>
    </message>
    <message>
        <source>The record holds no result: the round was not counted when it was exported.</source>
        <translation>Hồ sơ không có kết quả nào: đợt bỏ phiếu chưa được kiểm phiếu khi xuất hồ sơ.</translation>
    </message>
    <message>
        <source>No result in the record.</source>
        <translation>Không có kết quả nào trong hồ sơ.</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the result is not valid: the result was changed after it was signed.</source>
        <translation>%1: chữ ký của cơ quan quản lý trên kết quả không hợp lệ: kết quả đã bị sửa sau khi ký.</translation>
    </message>
    <message>
        <source>%1 has no tally statement (it was counted before pbvote signed them): its opened ballots and counts cannot be checked. Count the round again.</source>
        <translation>%1 không có biên bản kiểm phiếu (kết quả được kiểm trước khi pbvote bắt đầu ký biên bản): không thể kiểm tra các phiếu đã mở và số liệu của nó. Hãy kiểm phiếu lại đợt bỏ phiếu.</translation>
    </message>
    <message>
        <source>%1: the tally statement cannot be read: %2</source>
        <translation>%1: không đọc được biên bản kiểm phiếu: %2</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the tally statement is not valid.</source>
        <translation>%1: chữ ký của cơ quan quản lý trên biên bản kiểm phiếu không hợp lệ.</translation>
    </message>
    <message>
        <source>%1: the tally statement is for another manifest (%2).</source>
        <translation>%1: biên bản kiểm phiếu thuộc về một bản kê khai khác (%2).</translation>
    </message>
    <message>
        <source>%1: the result is not the one the tally statement signs (result hash differs).</source>
        <translation>%1: kết quả không phải là kết quả mà biên bản kiểm phiếu ký (giá trị băm của kết quả khác).</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s rule is &quot;%2&quot;.</source>
        <translation>%1: quy tắc trong biên bản kiểm phiếu là “%2”.</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s tie-breaking &quot;%2&quot; does not match its rule &quot;%3&quot;.</source>
        <translation>%1: cách phân định khi hòa “%2” trong biên bản kiểm phiếu không khớp với quy tắc “%3” của nó.</translation>
    </message>
    <message>
        <source>%1: the tally statement signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>%1: biên bản kiểm phiếu ký sự kiện %2 là đầu nhật ký, nhưng sự kiện %2 trong nhật ký không phải là sự kiện đó.</translation>
    </message>
    <message>
        <source>%1: the count covers the log up to event %2, before the last checkpoint (event %3).</source>
        <translation>%1: lần kiểm phiếu chỉ bao gồm nhật ký đến sự kiện %2, trước điểm kiểm tra cuối cùng (sự kiện %3).</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, which the manifest does not register.</source>
        <translation>%1: biên bản kiểm phiếu thu hồi máy %2, nhưng bản kê khai không đăng ký máy này.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the ones the tally statement signs (hash differs).</source>
        <translation>%1: các phiếu đã mở không phải là các phiếu mà biên bản kiểm phiếu ký (giá trị băm khác).</translation>
    </message>
    <message>
        <source>%1: %2 opened ballots, but the tally statement counts %3.</source>
        <translation>%1: có %2 phiếu đã mở, nhưng biên bản kiểm phiếu tính %3 phiếu.</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) breaks the round&apos;s rules: %4</source>
        <translation>%1: phiếu đã mở số %2 (%3) vi phạm quy định của đợt bỏ phiếu: %4</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) is not in canonical form.</source>
        <translation>%1: phiếu đã mở số %2 (%3) không ở dạng chính tắc.</translation>
    </message>
    <message>
        <source>%1: the tally statement counts %2 ballots and excludes %3, but the record holds %4 ballots.</source>
        <translation>%1: biên bản kiểm phiếu tính %2 phiếu bầu và loại %3 phiếu, nhưng hồ sơ chứa %4 phiếu bầu.</translation>
    </message>
    <message>
        <source>%1: the tally statement excludes %2 ballots; the revoked kiosks cast %3.</source>
        <translation>%1: biên bản kiểm phiếu loại %2 phiếu bầu; các máy bị thu hồi đã nhận %3 phiếu.</translation>
    </message>
    <message>
        <source>%1: %2 ballots counted, %3 excluded.</source>
        <translation>%1: đã tính %2 phiếu bầu, loại %3 phiếu.</translation>
    </message>
    <message>
        <source>No tally statement in the record.</source>
        <translation>Không có biên bản kiểm phiếu nào trong hồ sơ.</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>vị trí %1</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>không có lựa chọn</translation>
    </message>
    <message>
        <source>Not run: the manifest&apos;s amounts are out of range (see MANIFEST).</source>
        <translation>Không chạy: các khoản tiền trong bản kê khai nằm ngoài phạm vi cho phép (xem MANIFEST).</translation>
    </message>
    <message>
        <source>%1: not recounted: its manifest, tally statement or opened ballots are not authentic (see the checks above).</source>
        <translation>%1: không kiểm phiếu lại: bản kê khai, biên bản kiểm phiếu hoặc các phiếu đã mở của nó không xác thực (xem các mục kiểm tra ở trên).</translation>
    </message>
    <message>
        <source>%1: unknown tie-breaking &quot;%2&quot;.</source>
        <translation>%1: cách phân định khi hòa không xác định “%2”.</translation>
    </message>
    <message>
        <source>%1: the recount failed: %2</source>
        <translation>%1: kiểm phiếu lại thất bại: %2</translation>
    </message>
    <message>
        <source>%1: the published result is not a JSON object.</source>
        <translation>%1: kết quả đã công bố không phải là đối tượng JSON.</translation>
    </message>
    <message>
        <source>%1: the recount of %2 opened ballots with %3 gives the published winners: %4.</source>
        <translation>%1: kiểm phiếu lại %2 phiếu đã mở theo %3 cho ra đúng các dự án thắng đã công bố: %4.</translation>
    </message>
    <message>
        <source>No counted result with a tally statement in the record.</source>
        <translation>Không có kết quả kiểm phiếu nào kèm biên bản kiểm phiếu trong hồ sơ.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>the published result lists %1 projects; the round has %2.</source>
        <translation>kết quả đã công bố liệt kê %1 dự án; đợt bỏ phiếu có %2 dự án.</translation>
    </message>
    <message>
        <source>project %1 differs: the published result has %2 = %3, the recount %4.</source>
        <translation>dự án %1 khác biệt: kết quả đã công bố có %2 = %3, kiểm phiếu lại cho %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs: the published result has %2, the recount %3.</source>
        <translation>&quot;%1&quot; khác biệt: kết quả đã công bố có %2, kiểm phiếu lại cho %3.</translation>
    </message>
    <message>
        <source>The manifest (format 1) fixes no counting rule, so the rule used cannot be checked against one chosen before voting.</source>
        <translation>Bản kê khai (định dạng 1) không ấn định quy tắc kiểm phiếu, nên không thể đối chiếu quy tắc đã dùng với một quy tắc được chọn trước khi bỏ phiếu.</translation>
    </message>
    <message>
        <source>%1 is counted with &quot;%2&quot;, not with &quot;%3&quot;, the rule the manifest fixes.</source>
        <translation>%1 được kiểm phiếu theo “%2”, không phải theo “%3” là quy tắc mà bản kê khai ấn định.</translation>
    </message>
    <message>
        <source>Counted with &quot;%1&quot;, the rule the manifest fixed before voting.</source>
        <translation>Được kiểm phiếu theo “%1”, quy tắc mà bản kê khai đã ấn định trước khi bỏ phiếu.</translation>
    </message>
    <message>
        <source>No witness codes given (--witness).</source>
        <translation>Không có mã chứng thực nào được nhập (--witness).</translation>
    </message>
    <message>
        <source>Witness code %1 matches no checkpoint in the record: a checkpoint was removed or replaced, or the code was written down wrong.</source>
        <translation>Mã chứng thực %1 không khớp với điểm kiểm tra nào trong hồ sơ: một điểm kiểm tra đã bị xóa hoặc thay thế, hoặc mã đã bị ghi sai.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No election key given (--election-key).</source>
        <translation>Không có khóa cuộc bỏ phiếu nào được nhập (--election-key).</translation>
    </message>
    <message>
        <source>The election key must be %1 bytes.</source>
        <translation>Khóa cuộc bỏ phiếu phải dài %1 byte.</translation>
    </message>
    <message>
        <source>%1: the sealed vote does not open with this key: %2</source>
        <translation>%1: phiếu đã niêm phong không mở được bằng khóa này: %2</translation>
    </message>
    <message>
        <source>%1: the sealed vote belongs to another ballot or round.</source>
        <translation>%1: phiếu đã niêm phong thuộc về một phiếu bầu hoặc đợt bỏ phiếu khác.</translation>
    </message>
    <message>
        <source>%1: the sealed vote is of the wrong ballot kind.</source>
        <translation>%1: phiếu đã niêm phong thuộc sai loại phiếu bầu.</translation>
    </message>
    <message>
        <source>%1: the vote breaks the round&apos;s rules: %2</source>
        <translation>%1: phiếu bầu vi phạm quy định của đợt bỏ phiếu: %2</translation>
    </message>
    <message>
        <source>%1: the vote is not in canonical form.</source>
        <translation>%1: phiếu bầu không ở dạng chính tắc.</translation>
    </message>
    <message>
        <source>The key opens none of the %1 sealed votes: it is not this round&apos;s election key.</source>
        <translation>Khóa không mở được phiếu nào trong %1 phiếu đã niêm phong: đây không phải là khóa cuộc bỏ phiếu của đợt này.</translation>
    </message>
    <message>
        <source>%1 of %2 sealed votes opened and valid.</source>
        <translation>%1 trên %2 phiếu đã niêm phong đã mở được và hợp lệ.</translation>
    </message>
    <message>
        <source>%1: the opened ballots are exactly the %2 sealed votes of non-revoked kiosks.</source>
        <translation>%1: các phiếu đã mở đúng là %2 phiếu đã niêm phong của các máy không bị thu hồi.</translation>
    </message>
    <message>
        <source>The ballots are not in ballot-id order, so their order may follow casting (see BALLOT_ORDER).</source>
        <translation>Các phiếu bầu không được xếp theo thứ tự mã phiếu bầu, nên thứ tự của chúng có thể theo thứ tự bỏ phiếu (xem BALLOT_ORDER).</translation>
    </message>
    <message>
        <source>Sealed votes differ in length, which may reveal how many projects were chosen (see CT_LENGTH).</source>
        <translation>Các phiếu đã niêm phong có độ dài khác nhau, điều này có thể để lộ số dự án đã được chọn (xem CT_LENGTH).</translation>
    </message>
    <message>
        <source>Ballots are listed by their random ids, every sealed vote has the same length, opened ballots are sorted by content, and the format holds no time per ballot.</source>
        <translation>Các phiếu bầu được liệt kê theo mã ngẫu nhiên, mọi phiếu đã niêm phong có cùng độ dài, các phiếu đã mở được sắp xếp theo nội dung, và định dạng không lưu thời gian của từng phiếu.</translation>
    </message>
    <message>
        <source>No receipt given (--receipt).</source>
        <translation>Không có biên nhận nào được nhập (--receipt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt code: a receipt has 16 letters and digits, like GPEK-A7LW-KIAX-PLS4.</source>
        <translation>“%1” không phải là mã biên nhận: biên nhận gồm 16 chữ cái và chữ số, ví dụ GPEK-A7LW-KIAX-PLS4.</translation>
    </message>
    <message>
        <source>No ballot with receipt %1 is in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>Không có phiếu bầu nào có biên nhận %1 trong hồ sơ này. Hãy kiểm tra lại mã; nếu mã đúng, hãy báo cho ban tổ chức và các kiểm toán viên.</translation>
    </message>
    <message>
        <source>A ballot with receipt %1 is in the record (%2), but its signature does NOT verify: report this to the auditors.</source>
        <translation>Có một phiếu bầu với biên nhận %1 trong hồ sơ (%2), nhưng chữ ký của phiếu KHÔNG hợp lệ: hãy báo cho các kiểm toán viên.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature; the record holds no count yet.</source>
        <translation>Đã tìm thấy: %1, máy %2, đợt %3, có chữ ký hợp lệ; hồ sơ chưa có kết quả kiểm phiếu.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, but NOT counted: the organizers revoked kiosk %2.</source>
        <translation>Đã tìm thấy: %1, máy %2, đợt %3, có chữ ký hợp lệ, nhưng KHÔNG được tính: ban tổ chức đã thu hồi máy %2.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, and counted.</source>
        <translation>Đã tìm thấy: %1, máy %2, đợt %3, có chữ ký hợp lệ, và đã được tính.</translation>
    </message>
    <message>
        <source>Election record of &quot;%1&quot; (election id %2), format version %3</source>
        <translation>Hồ sơ bỏ phiếu “%1” (mã cuộc bỏ phiếu %2), định dạng phiên bản %3</translation>
    </message>
    <message>
        <source>Authority key %1: the fingerprint you gave.</source>
        <translation>Khóa cơ quan quản lý %1: đúng dấu vân tay bạn đã nhập.</translation>
    </message>
    <message>
        <source>Authority key %1: NOT compared with a published fingerprint (use --authority).</source>
        <translation>Khóa cơ quan quản lý %1: CHƯA được so với dấu vân tay đã công bố (dùng --authority).</translation>
    </message>
    <message>
        <source>Holds %1 ballots, %2 kiosks, %3 checkpoints, %4 events, %5 results.</source>
        <translation>Chứa %1 phiếu bầu, %2 máy bỏ phiếu, %3 điểm kiểm tra, %4 sự kiện, %5 kết quả.</translation>
    </message>
    <message>
        <source>Verdict: PASSED. Every check passed.</source>
        <translation>Kết luận: ĐẠT. Mọi mục kiểm tra đều đạt.</translation>
    </message>
    <message>
        <source>Verdict: PASSED, with warnings to read: %1.</source>
        <translation>Kết luận: ĐẠT, kèm cảnh báo cần đọc: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: FAILED. %n check(s) failed: %1.</source>
        <translation>
            <numerusform>Kết luận: THẤT BẠI. %n mục kiểm tra không đạt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; an election record is refused over %3 bytes (2 GiB).</source>
        <translation>%1 có dung lượng %2 byte; hồ sơ bỏ phiếu lớn hơn %3 byte (2 GiB) sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the election key %1: %2</source>
        <translation>Không thể đọc khóa cuộc bỏ phiếu %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an election key: it must hold 64 hex digits.</source>
        <translation>%1 không chứa khóa cuộc bỏ phiếu: tệp phải chứa 64 chữ số thập lục phân.</translation>
    </message>
    <message>
        <source>every other check, beside the signatures</source>
        <translation>mọi mục kiểm tra khác, song song với chữ ký</translation>
    </message>
    <message>
        <source>the rest of the signatures, the receipt</source>
        <translation>phần chữ ký còn lại, biên nhận</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>Round &quot;%1&quot;: %n project(s), budget %2 %3, counting rule &quot;%4&quot;.</source>
        <translation>
            <numerusform>Đợt bỏ phiếu “%1”: %n dự án, ngân sách %2 %3, quy tắc kiểm phiếu “%4”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) registered.</source>
        <translation>
            <numerusform>Có %n máy bỏ phiếu đã đăng ký.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot signature(s) checked.</source>
        <translation>
            <numerusform>Đã kiểm tra %n chữ ký phiếu bầu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work was shared by %n thread(s).</source>
        <translation>
            <numerusform>Công việc được chia cho %n luồng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) in all.</source>
        <translation>
            <numerusform>Tổng cộng %n điểm kiểm tra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) signed checkpoints.</source>
        <translation>
            <numerusform>%n máy bỏ phiếu đã ký điểm kiểm tra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, which holds %n ballot(s): %3.</source>
        <translation>
            <numerusform>Máy %1 không có điểm kiểm tra cho đợt %2 của nó, đợt này chứa %n phiếu bầu: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, in which %n access code(s) were spent.</source>
        <translation>
            <numerusform>Máy %1 không có điểm kiểm tra cho đợt %2 của nó, trong đợt đó đã dùng %n mã truy cập.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n kiosk(s) revoked, their ballots not counted: %2.</source>
        <translation>
            <numerusform>%1: %n máy bỏ phiếu bị thu hồi, phiếu bầu của các máy này không được tính: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The result counted with &quot;%2&quot; is the official one.</source>
        <translation>%1 Kết quả kiểm phiếu theo “%2” là kết quả chính thức.</translation>
    </message>
    <message numerus="yes">
        <source>%n opened ballot(s) are not among the sealed votes, e.g. %1.</source>
        <translation>
            <numerusform>%n phiếu đã mở không có trong các phiếu đã niêm phong, ví dụ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed vote(s) are missing from the opened ballots, e.g. %1.</source>
        <translation>
            <numerusform>%n phiếu đã niêm phong bị thiếu trong các phiếu đã mở, ví dụ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the sealed votes. %2</source>
        <translation>%1: các phiếu đã mở không khớp với các phiếu đã niêm phong. %2</translation>
    </message>
    <message>
        <source>Cannot read %1: no memory for its %2 bytes.</source>
        <translation>Không thể đọc %1: không đủ bộ nhớ cho %2 byte của tệp.</translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3): read it again when nothing writes it.</source>
        <translation>%1 đã thay đổi trong khi đang đọc (%2 byte, sau đó %3): hãy đọc lại khi không có gì ghi vào tệp.</translation>
    </message>
    <message>
        <source>read the rest of the record, beside the signatures</source>
        <translation>đọc phần còn lại của hồ sơ, song song với các chữ ký</translation>
    </message>
    <message>
        <source>parse the record, read and decode the ballots</source>
        <translation>phân tích hồ sơ, đọc và giải mã các lá phiếu</translation>
    </message>
    <message>
        <source>%1 changed while it was verified, so what was checked may not be what the file holds: verify it again when nothing writes it.</source>
        <translation>%1 đã thay đổi trong khi đang được kiểm tra, nên những gì đã kiểm tra có thể không phải là nội dung của tệp: hãy kiểm tra lại khi không có gì ghi vào tệp.</translation>
    </message>
    <message>
        <source>The log records more counts (%1) than the record holds results (%2): a result was removed.</source>
        <translation>Nhật ký ghi nhiều lần kiểm phiếu (%1) hơn số kết quả trong hồ sơ (%2): một kết quả đã bị xóa.</translation>
    </message>
    <message>
        <source>The record holds more results (%1) than the log records counts (%2): a result was added that the log does not know.</source>
        <translation>Hồ sơ chứa nhiều kết quả (%1) hơn số lần kiểm phiếu mà nhật ký ghi (%2): một kết quả đã được thêm vào mà nhật ký không biết.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s kiosk-revoked events do not name their kiosk (pbvote wrote them so before December 2026), so the kiosks the statement revokes cannot be compared with the log. Read the revocations in BALLOT_KIOSK&apos;s notes.</source>
        <translation>%1: các sự kiện kiosk-revoked trong nhật ký không nêu tên máy của chúng (pbvote ghi như vậy trước tháng 12 năm 2026), nên không thể so sánh các máy mà biên bản thu hồi với nhật ký. Hãy đọc các lần thu hồi trong ghi chú của BALLOT_KIOSK.</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, but the log does not record its revocation before the count: its ballots were left out unannounced.</source>
        <translation>%1: biên bản kiểm phiếu thu hồi máy %2, nhưng nhật ký không ghi việc thu hồi nó trước khi kiểm phiếu: các lá phiếu của nó đã bị loại ra mà không thông báo.</translation>
    </message>
    <message>
        <source>%1: the log records kiosk %2 as revoked before the count, but the tally statement counts its ballots.</source>
        <translation>%1: nhật ký ghi máy %2 đã bị thu hồi trước khi kiểm phiếu, nhưng biên bản kiểm phiếu vẫn tính các lá phiếu của nó.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Help decide how the city spends part of its budget: vote for the projects you want.</source>
        <translation>Hãy cùng quyết định thành phố chi tiêu một phần ngân sách như thế nào: bỏ phiếu cho các dự án bạn muốn.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Bắt đầu bỏ phiếu</translation>
    </message>
    <message>
        <source>You need the access code printed on your voting slip. If you do not have one, please ask a librarian.</source>
        <translation>Bạn cần mã truy cập được in trên giấy bỏ phiếu. Nếu chưa có, vui lòng hỏi nhân viên thư viện.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Chỉ dành cho nhân viên</translation>
    </message>
    <message>
        <source>Staff only: kiosk settings for librarians</source>
        <translation>Chỉ dành cho nhân viên: cài đặt máy dành cho nhân viên thư viện</translation>
    </message>
</context>
<context>
    <name>pbvote::console::AuditorWindow</name>
    <message>
        <source>Verify an election record</source>
        <translation>Kiểm chứng hồ sơ bỏ phiếu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open an election record…</source>
        <translation>&amp;Mở hồ sơ bỏ phiếu…</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Lưu báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;Election record:</source>
        <translation>&amp;Hồ sơ bỏ phiếu:</translation>
    </message>
    <message>
        <source>The record file, e.g. round-1-record.json</source>
        <translation>Tệp hồ sơ, ví dụ round-1-record.json</translation>
    </message>
    <message>
        <source>Election record file</source>
        <translation>Tệp hồ sơ bỏ phiếu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open an election record</source>
        <translation>Mở hồ sơ bỏ phiếu</translation>
    </message>
    <message>
        <source>The file the organizers published for anyone to check. You can also drop it onto this window.</source>
        <translation>Tệp mà ban tổ chức đã công bố để ai cũng có thể kiểm tra. Bạn cũng có thể kéo thả tệp vào cửa sổ này.</translation>
    </message>
    <message>
        <source>What you bring (all optional)</source>
        <translation>Những gì bạn mang theo (đều không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Authority key fingerprint:</source>
        <translation>&amp;Dấu vân tay khóa cơ quan quản lý:</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-IJKL-MNOP</source>
        <translation>ví dụ ABCD-EFGH-IJKL-MNOP</translation>
    </message>
    <message>
        <source>Authority key fingerprint</source>
        <translation>Dấu vân tay khóa cơ quan quản lý</translation>
    </message>
    <message>
        <source>The city prints it on its poster and publishes it on its website. Without it, the key inside the record is trusted and the verdict warns about it.</source>
        <translation>Thành phố in nó trên áp phích và công bố trên trang web. Nếu không có, khóa nằm trong hồ sơ sẽ được tin dùng và kết luận sẽ cảnh báo điều đó.</translation>
    </message>
    <message>
        <source>&amp;Witness codes:</source>
        <translation>Mã &amp;chứng thực:</translation>
    </message>
    <message>
        <source>One code per line</source>
        <translation>Mỗi dòng một mã</translation>
    </message>
    <message>
        <source>Witness codes</source>
        <translation>Mã chứng thực</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Tả&amp;i từ tệp…</translation>
    </message>
    <message>
        <source>Load witness codes from a file</source>
        <translation>Tải mã chứng thực từ tệp</translation>
    </message>
    <message>
        <source>The codes poll workers wrote down at each kiosk when it paused or closed: one per line; the rest of a line (a time, a note) is ignored.</source>
        <translation>Các mã mà nhân viên điểm bỏ phiếu đã ghi lại tại mỗi máy khi tạm dừng hoặc đóng: mỗi dòng một mã; phần còn lại của dòng (giờ, ghi chú) được bỏ qua.</translation>
    </message>
    <message>
        <source>Election &amp;key file (for the trusted auditor):</source>
        <translation>Tệp khóa cuộc bỏ &amp;phiếu (dành cho kiểm toán viên được tin cậy):</translation>
    </message>
    <message>
        <source>Leave empty unless you were given the key</source>
        <translation>Để trống nếu bạn không được giao khóa</translation>
    </message>
    <message>
        <source>Election key file</source>
        <translation>Tệp khóa cuộc bỏ phiếu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Chọ&amp;n…</translation>
    </message>
    <message>
        <source>Choose the election key file</source>
        <translation>Chọn tệp khóa cuộc bỏ phiếu</translation>
    </message>
    <message>
        <source>Only for the auditor trusted with the round&apos;s secret key: every sealed vote is opened and compared with the published ballots. The key is read into protected memory and never saved.</source>
        <translation>Chỉ dành cho kiểm toán viên được giao khóa bí mật của đợt bỏ phiếu: mọi phiếu đã niêm phong được mở và so với các phiếu đã công bố. Khóa được đọc vào vùng nhớ được bảo vệ và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Voter&apos;s &amp;receipt code:</source>
        <translation>Mã &amp;biên nhận của cử tri:</translation>
    </message>
    <message>
        <source>e.g. GPEK-A7LW-KIAX-PLS4</source>
        <translation>ví dụ GPEK-A7LW-KIAX-PLS4</translation>
    </message>
    <message>
        <source>Voter&apos;s receipt code</source>
        <translation>Mã biên nhận của cử tri</translation>
    </message>
    <message>
        <source>To check that one voter&apos;s ballot is in the record and counted.</source>
        <translation>Để kiểm tra rằng phiếu bầu của một cử tri có trong hồ sơ và đã được tính.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kiểm chứng</translation>
    </message>
    <message>
        <source>Run every check on the record (Ctrl+Enter)</source>
        <translation>Chạy mọi mục kiểm tra trên hồ sơ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Đang kiểm chứng</translation>
    </message>
    <message>
        <source>Save the report as a web page or PDF</source>
        <translation>Lưu báo cáo dưới dạng trang web hoặc PDF</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>Các mục kiểm t&amp;ra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Kiểm tra điều gì</translation>
    </message>
    <message>
        <source>Checks and their status</source>
        <translation>Các mục kiểm tra và trạng thái</translation>
    </message>
    <message>
        <source>Details of the chosen check</source>
        <translation>Chi tiết của mục kiểm tra đã chọn</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Một lần kiểm chứng đang chạy.</translation>
    </message>
    <message>
        <source>Choose the election record to verify first (Open…).</source>
        <translation>Hãy chọn hồ sơ bỏ phiếu cần kiểm chứng trước (Mở…).</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Đã kiểm chứng %1.</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>Đang kiểm chứng hồ sơ…</translation>
    </message>
    <message>
        <source>Every signature and every count is checked again; a large record takes a while. You can keep using this window.</source>
        <translation>Mọi chữ ký và mọi lần kiểm phiếu đều được kiểm tra lại; hồ sơ lớn sẽ mất một lúc. Bạn vẫn có thể tiếp tục dùng cửa sổ này.</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Chưa kiểm chứng</translation>
    </message>
    <message>
        <source>Open an election record, add what you bring, then press Verify.</source>
        <translation>Hãy mở một hồ sơ bỏ phiếu, thêm những gì bạn mang theo, rồi nhấn Kiểm chứng.</translation>
    </message>
    <message>
        <source>Press Verify to run every check on %1.</source>
        <translation>Nhấn Kiểm chứng để chạy mọi mục kiểm tra trên %1.</translation>
    </message>
    <message>
        <source>The inputs changed since this verification: press Verify again.</source>
        <translation>Dữ liệu nhập đã thay đổi kể từ lần kiểm chứng này: hãy nhấn Kiểm chứng lại.</translation>
    </message>
    <message>
        <source>Election records (*.json);;All files (*)</source>
        <translation>Hồ sơ bỏ phiếu (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Load witness codes</source>
        <translation>Tải mã chứng thực</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tệp văn bản (*.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of witness codes.</source>
        <translation>%1 quá lớn để là một danh sách mã chứng thực.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no witness code.</source>
        <translation>%1 không chứa mã chứng thực nào.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n witness code(s).</source>
        <translation>
            <numerusform>Đã tải %n mã chứng thực.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation>Tệp khóa (*.key *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Verify a record first: there is no report to save yet.</source>
        <translation>Hãy kiểm chứng một hồ sơ trước: chưa có báo cáo để lưu.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>Kiểm toán %1</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Lưu báo cáo kiểm toán</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>Không thể ghi báo cáo kiểm toán vào “%1”: %2</translation>
    </message>
    <message>
        <source>the PDF could not be made.</source>
        <translation>không tạo được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodeBatchModel</name>
    <message>
        <source>City-wide</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <source>Codes issued before batches were kept</source>
        <translation>Mã được phát trước khi hệ thống lưu theo lô</translation>
    </message>
    <message numerus="yes">
        <source>Voided: its %n unused code(s) are refused; used codes stay used.</source>
        <translation>
            <numerusform>Đã hủy: %n mã chưa dùng của lô bị từ chối; các mã đã dùng vẫn giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier codes</source>
        <translation>Mã trước đây</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hiệu lực</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lô</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Chưa dùng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodesPage</name>
    <message>
        <source>Access codes are issued in batches, e.g. one per place and week. Each code lets one resident vote once; the database keeps only their hashes. Voiding a batch refuses its unused codes, e.g. when slips were lost.</source>
        <translation>Mã truy cập được phát theo lô, ví dụ mỗi địa điểm mỗi tuần một lô. Mỗi mã cho phép một người dân bỏ phiếu một lần; cơ sở dữ liệu chỉ lưu giá trị băm của mã. Hủy một lô sẽ từ chối các mã chưa dùng của lô đó, ví dụ khi phiếu mã bị mất.</translation>
    </message>
    <message>
        <source>&amp;Issue codes…</source>
        <translation>&amp;Phát mã…</translation>
    </message>
    <message>
        <source>Batches of access codes</source>
        <translation>Các lô mã truy cập</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Hãy chọn hoặc tạo một đợt bỏ phiếu trước.</translation>
    </message>
    <message>
        <source>This round was imported for analysis: it is not voted with access codes.</source>
        <translation>Đợt bỏ phiếu này được nhập để phân tích: không bỏ phiếu bằng mã truy cập.</translation>
    </message>
    <message>
        <source>Voting has closed: no more codes can be issued.</source>
        <translation>Đã đóng bỏ phiếu: không thể phát thêm mã.</translation>
    </message>
    <message>
        <source>Make one-time codes and write them as slips to print and/or a CSV file.</source>
        <translation>Tạo mã dùng một lần và ghi thành phiếu mã để in và/hoặc tệp CSV.</translation>
    </message>
    <message>
        <source>&amp;Restore batch</source>
        <translation>&amp;Khôi phục lô</translation>
    </message>
    <message>
        <source>&amp;Void batch…</source>
        <translation>&amp;Hủy lô…</translation>
    </message>
    <message>
        <source>Voting has closed: a batch can no longer be voided or restored.</source>
        <translation>Đã đóng bỏ phiếu: không thể hủy hay khôi phục lô nữa.</translation>
    </message>
    <message>
        <source>Choose a batch in the table first.</source>
        <translation>Hãy chọn một lô trong bảng trước.</translation>
    </message>
    <message>
        <source>Accept the batch&apos;s unused codes again.</source>
        <translation>Chấp nhận lại các mã chưa dùng của lô.</translation>
    </message>
    <message>
        <source>Refuse the batch&apos;s unused codes, e.g. when its slips were lost (used codes stay used).</source>
        <translation>Từ chối các mã chưa dùng của lô, ví dụ khi phiếu mã bị mất (các mã đã dùng vẫn giữ nguyên).</translation>
    </message>
    <message>
        <source>The access codes cannot be read: %1</source>
        <translation>Không thể đọc mã truy cập: %1</translation>
    </message>
    <message>
        <source>Codes issued: %1. Used: %2. Unused: %3.</source>
        <translation>Mã đã phát: %1. Đã dùng: %2. Chưa dùng: %3.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ConsoleWindow</name>
    <message>
        <source>approval (tick projects)</source>
        <translation>tán thành (đánh dấu dự án)</translation>
    </message>
    <message>
        <source>knapsack (projects within the budget)</source>
        <translation>knapsack (chọn dự án trong phạm vi ngân sách)</translation>
    </message>
    <message>
        <source>cumulative (spread points)</source>
        <translation>cộng dồn (chia điểm)</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>xếp hạng</translation>
    </message>
    <message>
        <source>pbvote console</source>
        <translation>Bảng điều khiển pbvote</translation>
    </message>
    <message>
        <source>Find projects by id, title, category or district</source>
        <translation>Tìm dự án theo mã, tên, danh mục hoặc khu vực</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Dự án</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Kết quả</translation>
    </message>
    <message>
        <source>Open a database to start (File &gt; Open database).</source>
        <translation>Mở một cơ sở dữ liệu để bắt đầu (Tệp &gt; Mở cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation>&amp;Tìm dự án</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>Đợt &amp;bỏ phiếu</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>Đợt bỏ phiếu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Import a Pabulib election…</source>
        <translation>&amp;Nhập cuộc bỏ phiếu từ Pabulib…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add a project…</source>
        <translation>&amp;Thêm dự án…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add a &amp;district…</source>
        <translation>Thêm &amp;khu vực…</translation>
    </message>
    <message>
        <source>&amp;Voting rules…</source>
        <translation>&amp;Quy tắc bỏ phiếu…</translation>
    </message>
    <message>
        <source>D&amp;uplicate this round…</source>
        <translation>Nh&amp;ân bản đợt bỏ phiếu này…</translation>
    </message>
    <message>
        <source>Issue access &amp;codes…</source>
        <translation>Phát &amp;mã truy cập…</translation>
    </message>
    <message>
        <source>&amp;Register a kiosk…</source>
        <translation>Đă&amp;ng ký máy bỏ phiếu…</translation>
    </message>
    <message>
        <source>&amp;Open voting…</source>
        <translation>Mở &amp;bỏ phiếu…</translation>
    </message>
    <message>
        <source>&amp;Close voting…</source>
        <translation>Đó&amp;ng bỏ phiếu…</translation>
    </message>
    <message>
        <source>Coun&amp;t the votes…</source>
        <translation>Kiểm &amp;phiếu…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Export the election record…</source>
        <translation>&amp;Xuất hồ sơ bỏ phiếu…</translation>
    </message>
    <message>
        <source>Export the &amp;results (PDF report, CSV)…</source>
        <translation>Xuất &amp;kết quả (báo cáo PDF, CSV)…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>%1 — pbvote console</source>
        <translation>%1 — Bảng điều khiển pbvote</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Đã mở %1.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Mở hoặc tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>pbvote databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu pbvote (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không thể mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot read the rounds</source>
        <translation>Không thể đọc các đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>Add a project to this round</source>
        <translation>Thêm một dự án vào đợt bỏ phiếu này</translation>
    </message>
    <message>
        <source>Projects can only be added while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Chỉ có thể thêm dự án khi đợt bỏ phiếu còn là bản nháp: sau khi đã mở bỏ phiếu, không được thay đổi bất cứ điều gì ảnh hưởng đến kết quả.</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Hãy chọn hoặc tạo một đợt bỏ phiếu trước.</translation>
    </message>
    <message>
        <source>End voting for good</source>
        <translation>Kết thúc bỏ phiếu vĩnh viễn</translation>
    </message>
    <message>
        <source>Only a round whose voting is open can be closed.</source>
        <translation>Chỉ có thể đóng đợt bỏ phiếu đang mở.</translation>
    </message>
    <message>
        <source>Only while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Chỉ khi đợt bỏ phiếu còn là bản nháp: sau khi đã mở bỏ phiếu, không được thay đổi bất cứ điều gì ảnh hưởng đến kết quả.</translation>
    </message>
    <message>
        <source>Give part of the budget to a district</source>
        <translation>Dành một phần ngân sách cho một khu vực</translation>
    </message>
    <message>
        <source>What a ballot may contain</source>
        <translation>Những gì một phiếu bầu được phép chứa</translation>
    </message>
    <message>
        <source>Let a kiosk sign ballots for this round</source>
        <translation>Cho phép một máy bỏ phiếu ký phiếu bầu cho đợt này</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Máy bỏ phiếu được đăng ký khi đợt bỏ phiếu còn là bản nháp: bản kê khai đã ký của đợt đã mở liệt kê các máy này.</translation>
    </message>
    <message>
        <source>Sign the round&apos;s manifest and open voting</source>
        <translation>Ký bản kê khai của đợt bỏ phiếu và mở bỏ phiếu</translation>
    </message>
    <message>
        <source>Only a draft round can be opened.</source>
        <translation>Chỉ có thể mở đợt bỏ phiếu còn là bản nháp.</translation>
    </message>
    <message>
        <source>Count the votes with a rule</source>
        <translation>Kiểm phiếu theo một quy tắc</translation>
    </message>
    <message>
        <source>Votes are counted after voting has closed: no partial results.</source>
        <translation>Chỉ kiểm phiếu sau khi đã đóng bỏ phiếu: không có kết quả tạm thời.</translation>
    </message>
    <message>
        <source>A printable report and a spreadsheet of the result</source>
        <translation>Báo cáo để in và bảng tính kết quả</translation>
    </message>
    <message>
        <source>There is a result to export once the votes are counted.</source>
        <translation>Sẽ có kết quả để xuất sau khi kiểm phiếu.</translation>
    </message>
    <message>
        <source>Make one-time codes and print them as slips</source>
        <translation>Tạo mã dùng một lần và in thành phiếu mã</translation>
    </message>
    <message>
        <source>Codes are issued for a round voted with pbvote, before or during voting.</source>
        <translation>Mã được phát cho đợt bỏ phiếu dùng pbvote, trước hoặc trong khi bỏ phiếu.</translation>
    </message>
    <message>
        <source>Write the record anyone can verify: manifest, signed ballots, checkpoints, log and results</source>
        <translation>Ghi hồ sơ mà ai cũng có thể kiểm chứng: bản kê khai, phiếu bầu đã ký, điểm kiểm tra, nhật ký và kết quả</translation>
    </message>
    <message>
        <source>A round has an election record once voting has opened.</source>
        <translation>Đợt bỏ phiếu có hồ sơ bỏ phiếu sau khi đã mở bỏ phiếu.</translation>
    </message>
    <message>
        <source>Choose a round on the left, or create one (Round &gt; New round).</source>
        <translation>Chọn một đợt bỏ phiếu ở bên trái, hoặc tạo mới (Đợt bỏ phiếu &gt; Đợt bỏ phiếu mới).</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Ngân sách:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Voting method:</source>
        <translation>Phương thức bỏ phiếu:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Dự án:</translation>
    </message>
    <message>
        <source>District %1:</source>
        <translation>Khu vực %1:</translation>
    </message>
    <message>
        <source>budget %1 %2</source>
        <translation>ngân sách %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>at least %n project(s)</source>
        <translation>
            <numerusform>ít nhất %n dự án</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n project(s)</source>
        <translation>
            <numerusform>tối đa %n dự án</numerusform>
        </translation>
    </message>
    <message>
        <source>spend at least %1% of the budget</source>
        <translation>chi ít nhất %1% ngân sách</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to give</source>
        <translation>
            <numerusform>%n điểm để chia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n point(s) per project</source>
        <translation>
            <numerusform>tối đa %n điểm cho mỗi dự án</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot limits:</source>
        <translation>Giới hạn của phiếu bầu:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Nhập từ:</translation>
    </message>
    <message>
        <source>Access codes issued:</source>
        <translation>Số mã truy cập đã phát:</translation>
    </message>
    <message>
        <source>Ballots cast:</source>
        <translation>Số phiếu bầu đã gửi:</translation>
    </message>
    <message>
        <source>Turnout:</source>
        <translation>Tỷ lệ tham gia:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>This round is no longer a draft: its projects, budget and rules are fixed.</source>
        <translation>Đợt bỏ phiếu này không còn là bản nháp: các dự án, ngân sách và quy tắc đã được cố định.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Hãy mở một cơ sở dữ liệu trước.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Đợt bỏ phiếu mới</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>&amp;Phương thức bỏ phiếu:</translation>
    </message>
    <message>
        <source>Round not created</source>
        <translation>Chưa tạo được đợt bỏ phiếu</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n vote(s).</source>
        <translation>
            <numerusform>Đã nhập %1: %n phiếu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Pabulib election</source>
        <translation>Nhập cuộc bỏ phiếu từ Pabulib</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb);;All files (*)</source>
        <translation>Tệp Pabulib (*.pb);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Không có gì được nhập</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>Hãy chọn một đợt bỏ phiếu trước.</translation>
    </message>
    <message>
        <source>An imported election is kept for analysis; it cannot be the start of a new round.</source>
        <translation>Cuộc bỏ phiếu được nhập chỉ dùng để phân tích; không thể dùng làm khởi đầu cho đợt bỏ phiếu mới.</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Thêm khu vực</translation>
    </message>
    <message>
        <source>District name:</source>
        <translation>Tên khu vực:</translation>
    </message>
    <message>
        <source>Budget of %1 (whole amount):</source>
        <translation>Ngân sách của %1 (số nguyên):</translation>
    </message>
    <message>
        <source>District not added</source>
        <translation>Chưa thêm được khu vực</translation>
    </message>
    <message>
        <source>The budget must be a whole amount above zero, like 250000.</source>
        <translation>Ngân sách phải là số nguyên lớn hơn 0, ví dụ 250000.</translation>
    </message>
    <message>
        <source>Cannot change the rules</source>
        <translation>Không thể thay đổi quy tắc</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>Quy tắc bỏ phiếu</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Every point must be given</source>
        <translation>Phải chia hết tất cả các điểm</translation>
    </message>
    <message>
        <source>At &amp;least (projects):</source>
        <translation>Tối th&amp;iểu (dự án):</translation>
    </message>
    <message>
        <source>At &amp;most (projects or ranks):</source>
        <translation>Tối đ&amp;a (dự án hoặc hạng):</translation>
    </message>
    <message>
        <source>Knapsack: spend at least (%):</source>
        <translation>Knapsack: chi ít nhất (%):</translation>
    </message>
    <message>
        <source>Cumulative: &amp;points to give:</source>
        <translation>Cộng dồn: số đ&amp;iểm để chia:</translation>
    </message>
    <message>
        <source>Cumulative: at most per project:</source>
        <translation>Cộng dồn: tối đa cho mỗi dự án:</translation>
    </message>
    <message>
        <source>Rules not changed</source>
        <translation>Chưa thay đổi được quy tắc</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Không thể nhân bản</translation>
    </message>
    <message>
        <source>Duplicate this round</source>
        <translation>Nhân bản đợt bỏ phiếu này</translation>
    </message>
    <message>
        <source>Name of the new round:</source>
        <translation>Tên của đợt bỏ phiếu mới:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>Round not duplicated</source>
        <translation>Chưa nhân bản được đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>Cannot add a project</source>
        <translation>Không thể thêm dự án</translation>
    </message>
    <message>
        <source>Project not added</source>
        <translation>Chưa thêm được dự án</translation>
    </message>
    <message>
        <source>Close voting?</source>
        <translation>Đóng bỏ phiếu?</translation>
    </message>
    <message>
        <source>Closing ends voting in this round for good: no kiosk can take another ballot. This cannot be undone.</source>
        <translation>Đóng sẽ kết thúc vĩnh viễn việc bỏ phiếu trong đợt này: không máy bỏ phiếu nào nhận thêm phiếu bầu được nữa. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Voting not closed</source>
        <translation>Chưa đóng được bỏ phiếu</translation>
    </message>
    <message>
        <source>A kiosk&apos;s public key is 64 hexadecimal digits (pbvote keys list --json on the kiosk prints it); &quot;%1&quot; is not one.</source>
        <translation>Khóa công khai của máy bỏ phiếu gồm 64 chữ số thập lục phân (lệnh pbvote keys list --json trên máy sẽ in ra); “%1” không phải là khóa hợp lệ.</translation>
    </message>
    <message>
        <source>Kiosk not registered</source>
        <translation>Chưa đăng ký được máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Kiosk %1 registered.</source>
        <translation>Đã đăng ký máy bỏ phiếu %1.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Cụm mật khẩu của khóa</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>Không được để trống cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Open voting?</source>
        <translation>Mở bỏ phiếu?</translation>
    </message>
    <message>
        <source>Opening signs this round&apos;s projects, budget, rules and kiosks; none of them can change afterwards. Open voting now?</source>
        <translation>Khi mở, các dự án, ngân sách, quy tắc và máy bỏ phiếu của đợt này sẽ được ký; sau đó không thể thay đổi gì nữa. Mở bỏ phiếu ngay bây giờ?</translation>
    </message>
    <message>
        <source>Passphrase that protects the organizer&apos;s keys:</source>
        <translation>Cụm mật khẩu bảo vệ khóa của ban tổ chức:</translation>
    </message>
    <message>
        <source>Voting not opened</source>
        <translation>Chưa mở được bỏ phiếu</translation>
    </message>
    <message>
        <source>Voting is open.</source>
        <translation>Đã mở bỏ phiếu.</translation>
    </message>
    <message>
        <source>Count the votes</source>
        <translation>Kiểm phiếu</translation>
    </message>
    <message>
        <source>Counting rule:</source>
        <translation>Quy tắc kiểm phiếu:</translation>
    </message>
    <message>
        <source>Passphrase of the election and authority keys:</source>
        <translation>Cụm mật khẩu của khóa cuộc bỏ phiếu và khóa cơ quan quản lý:</translation>
    </message>
    <message>
        <source>Votes not counted</source>
        <translation>Chưa kiểm phiếu được</translation>
    </message>
    <message>
        <source>Choose where the codes go (a PDF sheet, a CSV file or both): they are shown only once.</source>
        <translation>Hãy chọn nơi lưu mã (trang PDF, tệp CSV hoặc cả hai): mã chỉ hiển thị một lần.</translation>
    </message>
    <message numerus="yes">
        <source>The %n code(s) were issued, but %1. Those codes cannot be shown again: issue a new batch and do not hand out this one.</source>
        <translation>
            <numerusform>Đã phát %n mã, nhưng %1. Không thể hiển thị lại các mã đó: hãy phát một đợt mã mới và không phân phát đợt này.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Codes not issued</source>
        <translation>Chưa phát được mã</translation>
    </message>
    <message>
        <source>Round %1 has not been counted yet.</source>
        <translation>Đợt bỏ phiếu %1 chưa được kiểm phiếu.</translation>
    </message>
    <message>
        <source>Save the results report (PDF)</source>
        <translation>Lưu báo cáo kết quả (PDF)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>Chưa xuất được kết quả</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Đã ghi %1 và %2.</translation>
    </message>
    <message>
        <source>Election record exported</source>
        <translation>Đã xuất hồ sơ bỏ phiếu</translation>
    </message>
    <message>
        <source>Export the election record</source>
        <translation>Xuất hồ sơ bỏ phiếu</translation>
    </message>
    <message>
        <source>Election records (*.json)</source>
        <translation>Hồ sơ bỏ phiếu (*.json)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>Chưa xuất được hồ sơ</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>&amp;Edit the project…</source>
        <translation>&amp;Sửa dự án…</translation>
    </message>
    <message>
        <source>Re&amp;move the project…</source>
        <translation>&amp;Xóa dự án…</translation>
    </message>
    <message>
        <source>Change the chosen project</source>
        <translation>Thay đổi dự án đã chọn</translation>
    </message>
    <message>
        <source>Take the chosen project off the ballot</source>
        <translation>Đưa dự án đã chọn ra khỏi phiếu bầu</translation>
    </message>
    <message>
        <source>Cannot edit the project</source>
        <translation>Không thể sửa dự án</translation>
    </message>
    <message>
        <source>Choose a project in the table first.</source>
        <translation>Hãy chọn một dự án trong bảng trước.</translation>
    </message>
    <message>
        <source>Projects can only change while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Chỉ có thể thay đổi dự án khi đợt bỏ phiếu còn là bản nháp: khi đã mở bỏ phiếu, không gì ảnh hưởng đến kết quả được phép thay đổi.</translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation>Dự án chưa được thay đổi</translation>
    </message>
    <message>
        <source>Cannot remove the project</source>
        <translation>Không thể xóa dự án</translation>
    </message>
    <message>
        <source>Remove project %1?</source>
        <translation>Xóa dự án %1?</translation>
    </message>
    <message>
        <source>Project %1 will be taken off this draft ballot, with its picture.</source>
        <translation>Dự án %1 sẽ bị đưa ra khỏi phiếu bầu nháp này, cùng với hình ảnh của nó.</translation>
    </message>
    <message>
        <source>Project not removed</source>
        <translation>Dự án chưa bị xóa</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>&amp;Máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Access &amp;codes</source>
        <translation>Mã truy &amp;cập</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Round &amp;settings…</source>
        <translation>&amp;Cài đặt đợt bỏ phiếu…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import projects from &amp;CSV…</source>
        <translation>Nhập dự án từ &amp;CSV…</translation>
    </message>
    <message>
        <source>Remove a district…</source>
        <translation>Xóa khu vực…</translation>
    </message>
    <message>
        <source>Export the votes (&amp;Pabulib)…</source>
        <translation>Xuất phiếu bầu (&amp;Pabulib)…</translation>
    </message>
    <message>
        <source>Export the projects (CS&amp;V)…</source>
        <translation>Xuất danh sách dự án (CS&amp;V)…</translation>
    </message>
    <message>
        <source>Pu&amp;blish the result…</source>
        <translation>Công &amp;bố kết quả…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1 is already open in another pbvote console (process %2 on %3). Close it there first: two consoles changing the same rounds would each show a state the other has changed. Kiosks can keep voting meanwhile.</source>
        <translation>%1 đang được mở trong một bảng điều khiển pbvote khác (tiến trình %2 trên %3). Hãy đóng nó ở đó trước: nếu hai bảng điều khiển cùng thay đổi các đợt bỏ phiếu, mỗi bên sẽ hiển thị một trạng thái mà bên kia đã thay đổi. Trong lúc đó, các máy bỏ phiếu vẫn có thể tiếp tục nhận phiếu.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>Cannot open %1: the console cannot write its lock file next to it (is the folder read-only?).</source>
        <translation>Không thể mở %1: bảng điều khiển không thể ghi tệp khóa bên cạnh tệp này (thư mục có đang ở chế độ chỉ đọc không?).</translation>
    </message>
    <message>
        <source>Remove a district that has no projects</source>
        <translation>Xóa một khu vực không có dự án nào</translation>
    </message>
    <message>
        <source>This round has no districts.</source>
        <translation>Đợt bỏ phiếu này không có khu vực nào.</translation>
    </message>
    <message>
        <source>Name, budget, categories, voting period and counting rule</source>
        <translation>Tên, ngân sách, danh mục, thời gian bỏ phiếu và quy tắc kiểm phiếu</translation>
    </message>
    <message>
        <source>See the round&apos;s settings (they are fixed once voting has opened)</source>
        <translation>Xem cài đặt của đợt bỏ phiếu (được cố định sau khi đã mở bỏ phiếu)</translation>
    </message>
    <message>
        <source>Add projects from a spreadsheet saved as CSV</source>
        <translation>Thêm dự án từ bảng tính được lưu dưới dạng CSV</translation>
    </message>
    <message>
        <source>The projects as a spreadsheet (CSV), with their translations</source>
        <translation>Danh sách dự án dưới dạng bảng tính (CSV), kèm bản dịch</translation>
    </message>
    <message>
        <source>Write the report, the results, the votes and the election record to one folder, and mark the result published</source>
        <translation>Ghi báo cáo, kết quả, phiếu bầu và hồ sơ bỏ phiếu vào một thư mục, rồi đánh dấu kết quả là đã công bố</translation>
    </message>
    <message>
        <source>A result is published after the votes are counted.</source>
        <translation>Kết quả được công bố sau khi kiểm phiếu.</translation>
    </message>
    <message>
        <source>Every vote, without ballot ids, in a random order (Pabulib format)</source>
        <translation>Mọi phiếu bầu, không kèm mã phiếu, theo thứ tự ngẫu nhiên (định dạng Pabulib)</translation>
    </message>
    <message>
        <source>Votes are published only after voting has closed.</source>
        <translation>Phiếu bầu chỉ được công bố sau khi đã đóng bỏ phiếu.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>Voting period:</source>
        <translation>Thời gian bỏ phiếu:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Danh mục:</translation>
    </message>
    <message>
        <source>Not on the ballot:</source>
        <translation>Không có trên phiếu bầu:</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) under review, rejected or withdrawn</source>
        <translation>
            <numerusform>%n dự án đang xem xét, bị từ chối hoặc đã rút</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosks:</source>
        <translation>Máy bỏ phiếu:</translation>
    </message>
    <message>
        <source>%1 registered, %2 revoked</source>
        <translation>%1 đã đăng ký, %2 đã thu hồi</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>%1 đã đăng ký</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã công bố</translation>
    </message>
    <message>
        <source>Cannot show the round&apos;s settings</source>
        <translation>Không thể hiển thị cài đặt của đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Cài đặt của %1</translation>
    </message>
    <message>
        <source>Voting has opened: nothing that changes the outcome can be edited.</source>
        <translation>Đã mở bỏ phiếu: không thể sửa bất cứ điều gì ảnh hưởng đến kết quả.</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>Chưa thay đổi được cài đặt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 không thành công</translation>
    </message>
    <message>
        <source>%1

The undo history no longer matches the database and has been cleared.</source>
        <translation>%1

Lịch sử hoàn tác không còn khớp với cơ sở dữ liệu và đã bị xóa.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>Đợt bỏ phiếu %1 không có dự án %2.</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>Đợt bỏ phiếu đã có dự án %1.</translation>
    </message>
    <message>
        <source>add project %1</source>
        <translation>thêm dự án %1</translation>
    </message>
    <message>
        <source>change project %1</source>
        <translation>sửa dự án %1</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>xóa dự án %1</translation>
    </message>
    <message>
        <source>add district %1</source>
        <translation>thêm khu vực %1</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>Đợt bỏ phiếu %1 không có khu vực %2.</translation>
    </message>
    <message>
        <source>remove district %1</source>
        <translation>xóa khu vực %1</translation>
    </message>
    <message>
        <source>change the voting rules</source>
        <translation>thay đổi quy tắc bỏ phiếu</translation>
    </message>
    <message>
        <source>change the round&apos;s settings</source>
        <translation>thay đổi cài đặt của đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: it is not a list of projects.</source>
        <translation>%1 lớn hơn 16 MiB: đây không phải là danh sách dự án.</translation>
    </message>
    <message numerus="yes">
        <source>import %n project(s) from CSV</source>
        <translation>
            <numerusform>nhập %n dự án từ CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove a district</source>
        <translation>Không thể xóa khu vực</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove a district</source>
        <translation>Xóa khu vực</translation>
    </message>
    <message>
        <source>District to remove (it must have no projects):</source>
        <translation>Khu vực cần xóa (không được có dự án nào):</translation>
    </message>
    <message>
        <source>District not removed</source>
        <translation>Chưa xóa được khu vực</translation>
    </message>
    <message>
        <source>Import projects from CSV</source>
        <translation>Nhập dự án từ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>No project was imported</source>
        <translation>Không có dự án nào được nhập</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>Đã nhập %n dự án từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the projects (CSV)</source>
        <translation>Xuất danh sách dự án (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Projects not exported</source>
        <translation>Chưa xuất được danh sách dự án</translation>
    </message>
    <message>
        <source>Export the votes (Pabulib)</source>
        <translation>Xuất phiếu bầu (Pabulib)</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb)</source>
        <translation>Tệp Pabulib (*.pb)</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the sealed ballots are opened to write the votes):</source>
        <translation>Cụm mật khẩu của khóa cuộc bỏ phiếu (các phiếu bầu đã niêm phong sẽ được mở để ghi phiếu):</translation>
    </message>
    <message>
        <source>Votes not exported</source>
        <translation>Chưa xuất được phiếu bầu</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Không thể công bố</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>Thư mục để công bố</translation>
    </message>
    <message>
        <source>Publishing writes the results report (PDF), the results (CSV), every vote without ballot ids (Pabulib) and the election record for auditors to %1, and marks the result of &quot;%2&quot; published.</source>
        <translation>Khi công bố, báo cáo kết quả (PDF), kết quả (CSV), mọi phiếu bầu không kèm mã phiếu (Pabulib) và hồ sơ bỏ phiếu dành cho kiểm toán viên sẽ được ghi vào %1, và kết quả của “%2” được đánh dấu là đã công bố.</translation>
    </message>
    <message>
        <source>These files are already there and will be replaced: %1</source>
        <translation>Các tệp này đã có ở đó và sẽ bị thay thế: %1</translation>
    </message>
    <message>
        <source>Publish the result?</source>
        <translation>Công bố kết quả?</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the votes are published without ballot ids):</source>
        <translation>Cụm mật khẩu của khóa cuộc bỏ phiếu (phiếu bầu được công bố không kèm mã phiếu):</translation>
    </message>
    <message>
        <source>Result not published</source>
        <translation>Chưa công bố được kết quả</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Đã công bố kết quả</translation>
    </message>
    <message>
        <source>Wrote to %1:
%2</source>
        <translation>Đã ghi vào %1:
%2</translation>
    </message>
    <message>
        <source>register kiosk %1</source>
        <translation>đăng ký máy bỏ phiếu %1</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for this round.</source>
        <translation>Máy bỏ phiếu %1 chưa được đăng ký cho đợt này.</translation>
    </message>
    <message>
        <source>remove kiosk %1</source>
        <translation>gỡ máy bỏ phiếu %1</translation>
    </message>
    <message>
        <source>revoke kiosk %1</source>
        <translation>thu hồi máy bỏ phiếu %1</translation>
    </message>
    <message>
        <source>reinstate kiosk %1</source>
        <translation>khôi phục máy bỏ phiếu %1</translation>
    </message>
    <message>
        <source>void batch %1 of codes</source>
        <translation>hủy lô mã %1</translation>
    </message>
    <message>
        <source>restore batch %1 of codes</source>
        <translation>khôi phục lô mã %1</translation>
    </message>
    <message>
        <source>Revoke kiosk %1?</source>
        <translation>Thu hồi máy bỏ phiếu %1?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the %n ballot(s) it holds in this database will not be counted (they stay stored, and auditors see the revocation). You can reinstate it until the votes are counted.</source>
        <translation>
            <numerusform>Thu hồi máy bỏ phiếu bị mất, bị đánh cắp hoặc bị can thiệp. Máy sẽ không thể ghi thêm phiếu bầu, và %n phiếu bầu của máy trong cơ sở dữ liệu này sẽ không được tính (các phiếu vẫn được lưu, và kiểm toán viên thấy việc thu hồi). Bạn có thể khôi phục máy cho đến khi kiểm phiếu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk not revoked</source>
        <translation>Chưa thu hồi được máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Kiosk not reinstated</source>
        <translation>Chưa khôi phục được máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Remove kiosk %1?</source>
        <translation>Gỡ máy bỏ phiếu %1?</translation>
    </message>
    <message>
        <source>Kiosk %1 will not be able to sign ballots for this round. Edit &gt; Undo registers it again.</source>
        <translation>Máy bỏ phiếu %1 sẽ không thể ký phiếu bầu cho đợt này. Sửa &gt; Hoàn tác sẽ đăng ký lại máy.</translation>
    </message>
    <message>
        <source>Kiosk not removed</source>
        <translation>Chưa gỡ được máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Void batch %1?</source>
        <translation>Hủy lô %1?</translation>
    </message>
    <message>
        <source>Void a batch whose slips were lost or handed out wrongly: its unused codes will be refused at the kiosks. Codes already used stay counted. Edit &gt; Undo restores the batch.</source>
        <translation>Hủy một lô có phiếu mã bị mất hoặc bị phát nhầm: các máy bỏ phiếu sẽ từ chối những mã chưa dùng của lô. Các mã đã dùng vẫn được tính. Sửa &gt; Hoàn tác sẽ khôi phục lô.</translation>
    </message>
    <message>
        <source>Batch not voided</source>
        <translation>Chưa hủy được lô</translation>
    </message>
    <message>
        <source>Batch not restored</source>
        <translation>Chưa khôi phục được lô</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>Không thể kiểm phiếu</translation>
    </message>
    <message>
        <source>Counting rule (the official result uses %1, chosen before voting opened; any other rule is a comparison):</source>
        <translation>Quy tắc kiểm phiếu (kết quả chính thức dùng %1, được chọn trước khi mở bỏ phiếu; mọi quy tắc khác chỉ để so sánh):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>round name — district name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot issue codes</source>
        <translation>Không thể phát mã</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n code(s).</source>
        <translation>
            <numerusform>Đã phát %n mã.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the votes before publishing the result.</source>
        <translation>Hãy kiểm phiếu trước khi công bố kết quả.</translation>
    </message>
    <message>
        <source>The votes have not been counted with the round&apos;s rule (%1) yet: only the official count is published.</source>
        <translation>Chưa kiểm phiếu theo quy tắc của đợt bỏ phiếu (%1): chỉ kết quả kiểm phiếu chính thức mới được công bố.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>The report and results were written, but not the votes: %1</source>
        <translation>Đã ghi báo cáo và kết quả, nhưng chưa ghi được phiếu bầu: %1</translation>
    </message>
    <message>
        <source>The report, results and votes were written, but not the election record: %1</source>
        <translation>Đã ghi báo cáo, kết quả và phiếu bầu, nhưng chưa ghi được hồ sơ bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>Published to %1: %2</source>
        <translation>Đã công bố vào %1: %2</translation>
    </message>
    <message>
        <source>A project %1 was added after this one was removed; it is kept as it is.</source>
        <translation>Một dự án %1 khác đã được thêm sau khi dự án này bị xóa; dự án đó được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>voting opens – closes</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Done: %1. Edit &gt; Undo takes it back.</source>
        <translation>Đã thực hiện: %1. Sửa &gt; Hoàn tác để hoàn lại.</translation>
    </message>
    <message>
        <source>Voting cannot open yet</source>
        <translation>Chưa thể mở bỏ phiếu</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect the organizer&apos;s keys. Without it the votes cannot be counted: keep it safe.</source>
        <translation>Hãy chọn cụm mật khẩu sẽ bảo vệ khóa của ban tổ chức. Không có cụm mật khẩu này thì không thể kiểm phiếu: hãy giữ nó cẩn thận.</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Nhập lại đúng cụm mật khẩu đó:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Hai cụm mật khẩu không khớp; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Verify an election record…</source>
        <translation>Kiể&amp;m chứng hồ sơ bỏ phiếu…</translation>
    </message>
    <message>
        <source>Run the auditors&apos; checks on an election record and save their report</source>
        <translation>Chạy các mục kiểm tra của kiểm toán viên trên một hồ sơ bỏ phiếu và lưu báo cáo</translation>
    </message>
</context>
<context>
    <name>pbvote::console::IssueCodesDialog</name>
    <message>
        <source>Issue access codes for %1</source>
        <translation>Phát mã truy cập cho %1</translation>
    </message>
    <message>
        <source>e.g. Central Library, week 1</source>
        <translation>ví dụ: Thư viện Trung tâm, tuần 1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <source>A sheet of slips to print</source>
        <translation>Trang phiếu mã để in</translation>
    </message>
    <message>
        <source>A spreadsheet of the codes</source>
        <translation>Bảng tính chứa các mã</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Chọn tệp PDF</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;uyệt…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Chọn tệp CSV</translation>
    </message>
    <message>
        <source>Each code lets one resident vote once. A code of a district&apos;s batch votes on that district&apos;s ballot.</source>
        <translation>Mỗi mã cho phép một người dân bỏ phiếu một lần. Mã thuộc lô của một khu vực sẽ bỏ phiếu trên phiếu bầu của khu vực đó.</translation>
    </message>
    <message>
        <source>The codes are shown only once, in the files written now: the database keeps only their hashes, so they cannot be printed again. Keep the files safe until the slips are handed out.</source>
        <translation>Mã chỉ hiển thị một lần, trong các tệp được ghi lúc này: cơ sở dữ liệu chỉ lưu giá trị băm của mã, nên không thể in lại. Hãy giữ các tệp an toàn cho đến khi phát hết phiếu mã.</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>&amp;Số lượng mã:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>&amp;PDF sheet:</source>
        <translation>Trang &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;CSV file:</source>
        <translation>Tệp &amp;CSV:</translation>
    </message>
    <message>
        <source>&amp;Issue codes</source>
        <translation>Phát &amp;mã</translation>
    </message>
    <message>
        <source>Choose where the codes go: a PDF sheet, a CSV file or both.</source>
        <translation>Hãy chọn nơi lưu mã: trang PDF, tệp CSV hoặc cả hai.</translation>
    </message>
    <message>
        <source>The PDF sheet and the CSV file must be two different files.</source>
        <translation>Trang PDF và tệp CSV phải là hai tệp khác nhau.</translation>
    </message>
    <message>
        <source>Save the code slips (PDF, to print)</source>
        <translation>Lưu phiếu mã (PDF, để in)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the codes (CSV)</source>
        <translation>Lưu mã (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskDialog</name>
    <message>
        <source>Register a kiosk</source>
        <translation>Đăng ký máy bỏ phiếu</translation>
    </message>
    <message>
        <source>e.g. LIB-01</source>
        <translation>ví dụ: LIB-01</translation>
    </message>
    <message>
        <source>e.g. Central Library</source>
        <translation>ví dụ: Thư viện Trung tâm</translation>
    </message>
    <message>
        <source>e.g. ground floor, by the entrance</source>
        <translation>ví dụ: tầng trệt, cạnh lối vào</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, pasted from the kiosk</source>
        <translation>64 chữ số thập lục phân, dán từ máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Kiosk &amp;id:</source>
        <translation>&amp;Mã máy:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Vị trí:</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>&amp;Khóa công khai:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Đăn&amp;g ký</translation>
    </message>
    <message>
        <source>Paste the kiosk&apos;s public key: 64 hexadecimal digits.</source>
        <translation>Hãy dán khóa công khai của máy bỏ phiếu: 64 chữ số thập lục phân.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit: a public key has only 0–9 and a–f.</source>
        <translation>“%1” không phải là chữ số thập lục phân: khóa công khai chỉ gồm 0–9 và a–f.</translation>
    </message>
    <message>
        <source>The key has %1 hexadecimal digits; a kiosk&apos;s public key has %2.</source>
        <translation>Khóa này có %1 chữ số thập lục phân; khóa công khai của máy bỏ phiếu có %2.</translation>
    </message>
    <message>
        <source>Enter the kiosk&apos;s id, e.g. LIB-01.</source>
        <translation>Hãy nhập mã máy bỏ phiếu, ví dụ: LIB-01.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Check that the kiosk shows the same (pbvote keys list).</source>
        <translation>Dấu vân tay khóa: %1. Hãy kiểm tra xem máy bỏ phiếu có hiển thị giống như vậy không (pbvote keys list).</translation>
    </message>
    <message>
        <source>A kiosk signs every ballot cast on it with a key made on the kiosk itself. Paste its public key: on the kiosk, this command prints it as &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</source>
        <translation>Máy bỏ phiếu ký mọi phiếu bầu được gửi trên máy bằng một khóa được tạo ngay trên máy đó. Hãy dán khóa công khai của máy: trên máy bỏ phiếu, lệnh sau sẽ in khóa ở mục &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Khóa công khai: %1</translation>
    </message>
    <message>
        <source>The kiosk may sign ballots for this round.</source>
        <translation>Máy được phép ký phiếu bầu cho đợt này.</translation>
    </message>
    <message>
        <source>The kiosk has not signed a checkpoint yet.</source>
        <translation>Máy chưa ký điểm kiểm tra nào.</translation>
    </message>
    <message>
        <source>Its checkpoint states %1, this database holds %2 from it.</source>
        <translation>Điểm kiểm tra của máy ghi %1, cơ sở dữ liệu này có %2 phiếu từ máy.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no checkpoint yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>The key fingerprint that pbvote keys list shows on the kiosk</source>
        <translation>Dấu vân tay khóa mà lệnh pbvote keys list hiển thị trên máy bỏ phiếu</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signed ballots from this kiosk in this database (how many, never what they say)</source>
        <translation>Số phiếu bầu đã ký từ máy này trong cơ sở dữ liệu này (chỉ số lượng, không bao giờ là nội dung)</translation>
    </message>
    <message>
        <source>Ballots stored</source>
        <translation>Phiếu bầu đã lưu</translation>
    </message>
    <message>
        <source>How many ballots the kiosk&apos;s latest signed checkpoint states</source>
        <translation>Số phiếu bầu ghi trong điểm kiểm tra đã ký gần nhất của máy</translation>
    </message>
    <message>
        <source>In last checkpoint</source>
        <translation>Trong điểm kiểm tra gần nhất</translation>
    </message>
    <message>
        <source>Revoked: this kiosk can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Đã thu hồi: máy này không thể nhận thêm phiếu bầu và các phiếu bầu của máy không được tính (vẫn được lưu).</translation>
    </message>
    <message>
        <source>The kiosk signed its final checkpoint: it accepts no more ballots.</source>
        <translation>Máy đã ký điểm kiểm tra cuối cùng: máy không nhận thêm phiếu bầu.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KiosksPage</name>
    <message>
        <source>Each kiosk signs the ballots cast on it with its own key. Here you see how many ballots each one holds and reports, never what they say.</source>
        <translation>Mỗi máy bỏ phiếu ký các phiếu bầu được gửi trên máy bằng khóa riêng của máy. Tại đây bạn thấy mỗi máy đang giữ và báo cáo bao nhiêu phiếu bầu, không bao giờ thấy nội dung phiếu.</translation>
    </message>
    <message>
        <source>&amp;Register kiosk…</source>
        <translation>Đăng &amp;ký máy bỏ phiếu…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Kiosks of the round</source>
        <translation>Các máy bỏ phiếu của đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Hãy chọn hoặc tạo một đợt bỏ phiếu trước.</translation>
    </message>
    <message>
        <source>Choose a kiosk in the table first.</source>
        <translation>Hãy chọn một máy bỏ phiếu trong bảng trước.</translation>
    </message>
    <message>
        <source>Add a kiosk by the public key made on it.</source>
        <translation>Thêm máy bỏ phiếu bằng khóa công khai được tạo trên máy.</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Máy bỏ phiếu được đăng ký khi đợt bỏ phiếu còn là bản nháp: bản kê khai đã ký của đợt đã mở liệt kê các máy này.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Thu hồi…</translation>
    </message>
    <message>
        <source>Kiosks are revoked once voting has opened; while the round is a draft, remove the kiosk instead.</source>
        <translation>Chỉ thu hồi máy bỏ phiếu sau khi đã mở bỏ phiếu; khi đợt bỏ phiếu còn là bản nháp, hãy gỡ máy.</translation>
    </message>
    <message>
        <source>The votes are counted: a kiosk can no longer be revoked or reinstated.</source>
        <translation>Đã kiểm phiếu: không thể thu hồi hay khôi phục máy bỏ phiếu nữa.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft; revoke it instead.</source>
        <translation>Chỉ có thể gỡ máy bỏ phiếu khi đợt bỏ phiếu còn là bản nháp; hãy thu hồi máy.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft.</source>
        <translation>Chỉ có thể gỡ máy bỏ phiếu khi đợt bỏ phiếu còn là bản nháp.</translation>
    </message>
    <message>
        <source>Take the chosen kiosk off this round.</source>
        <translation>Gỡ máy bỏ phiếu đã chọn khỏi đợt này.</translation>
    </message>
    <message>
        <source>The kiosks cannot be read: %1</source>
        <translation>Không thể đọc danh sách máy bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>Register every kiosk before voting opens: the round&apos;s signed manifest lists them.</source>
        <translation>Hãy đăng ký mọi máy bỏ phiếu trước khi mở bỏ phiếu: bản kê khai đã ký của đợt bỏ phiếu liệt kê các máy này.</translation>
    </message>
    <message>
        <source>The votes are counted: the kiosks can no longer change.</source>
        <translation>Đã kiểm phiếu: không thể thay đổi các máy bỏ phiếu nữa.</translation>
    </message>
    <message>
        <source>Let this kiosk accept ballots again and count its ballots.</source>
        <translation>Cho phép máy này nhận phiếu trở lại và tính các phiếu bầu của máy.</translation>
    </message>
    <message>
        <source>Stop this kiosk: it can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Dừng máy này: máy không thể nhận thêm phiếu bầu và các phiếu bầu của máy không được tính (vẫn được lưu).</translation>
    </message>
    <message>
        <source>No kiosk can be added once voting has opened. A revoked kiosk accepts no more ballots and its ballots are not counted.</source>
        <translation>Không thể thêm máy bỏ phiếu sau khi đã mở bỏ phiếu. Máy đã bị thu hồi sẽ không nhận thêm phiếu bầu và các phiếu bầu của máy không được tính.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectDialog</name>
    <message>
        <source>Add a project</source>
        <translation>Thêm dự án</translation>
    </message>
    <message>
        <source>e.g. P13</source>
        <translation>ví dụ: P13</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên dự án:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Mô &amp;tả:</translation>
    </message>
    <message>
        <source>C&amp;ost (%1):</source>
        <translation>&amp;Chi phí (%1):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Danh mục:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Sửa dự án %1</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Chọn &amp;hình ảnh…</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>&amp;Xóa hình ảnh</translation>
    </message>
    <message>
        <source>e.g. 125 000 or 125 000.50</source>
        <translation>ví dụ: 125 000 hoặc 125 000,50</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>e.g. Green spaces</source>
        <translation>ví dụ: Không gian xanh</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most %1. Shown on the project&apos;s card on the kiosk.</source>
        <translation>PNG hoặc JPEG, tối đa %1. Hiển thị trên thẻ dự án ở máy bỏ phiếu.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>Dự á&amp;n</translation>
    </message>
    <message>
        <source>The kiosk shows a project&apos;s title and description in the voter&apos;s language when they are translated, and as written above otherwise.</source>
        <translation>Máy bỏ phiếu hiển thị tên và mô tả dự án bằng ngôn ngữ của người bỏ phiếu nếu đã được dịch; nếu không, hiển thị như đã viết ở thẻ Dự án.</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <translation>&amp;Bản dịch</translation>
    </message>
    <message>
        <source>Choose a picture for the project</source>
        <translation>Chọn hình ảnh cho dự án</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 was not taken: %2</source>
        <translation>Không dùng được %1: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <source>it looks like a PNG or JPEG file but cannot be shown; it may be damaged.</source>
        <translation>tệp có vẻ là PNG hoặc JPEG nhưng không thể hiển thị; có thể tệp đã bị hỏng.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Không có hình ảnh</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Không thể hiển thị hình ảnh này.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 điểm ảnh, %3</translation>
    </message>
    <message>
        <source>The project&apos;s picture</source>
        <translation>Hình ảnh của dự án</translation>
    </message>
    <message>
        <source>T&amp;itle in %1:</source>
        <translation>&amp;Tên dự án bằng %1:</translation>
    </message>
    <message>
        <source>D&amp;escription in %1:</source>
        <translation>&amp;Mô tả bằng %1:</translation>
    </message>
    <message>
        <source>The cost must be an amount above zero, like 125 000 or 125 000.50.</source>
        <translation>Chi phí phải là số tiền lớn hơn 0, ví dụ 125 000 hoặc 125 000,50.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTableModel</name>
    <message>
        <source>City-wide</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên dự án</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>Có trên phiếu bầu</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTranslationModel</name>
    <message>
        <source>The translation into %1 has a description but no title: give it a title too, or clear the description.</source>
        <translation>Bản dịch sang %1 có mô tả nhưng chưa có tên dự án: hãy thêm tên, hoặc xóa phần mô tả.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên dự án</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsModel</name>
    <message>
        <source>round %1 (&quot;%2&quot;)</source>
        <translation>đợt bỏ phiếu %1 (“%2”)</translation>
    </message>
    <message>
        <source>The result of %1 is empty.</source>
        <translation>Kết quả của %1 trống.</translation>
    </message>
    <message>
        <source>The count of %1 gave no result: %2</source>
        <translation>Việc kiểm phiếu %1 không cho ra kết quả: %2</translation>
    </message>
    <message>
        <source>The result is for round %1, not for %2.</source>
        <translation>Kết quả này thuộc đợt bỏ phiếu %1, không phải %2.</translation>
    </message>
    <message>
        <source>The result of %1 does not name its counting rule.</source>
        <translation>Kết quả của %1 không nêu quy tắc kiểm phiếu.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid money_scale.</source>
        <translation>Kết quả của %1 không có money_scale hợp lệ.</translation>
    </message>
    <message>
        <source>%1 has no district &quot;%2&quot;.</source>
        <translation>%1 không có khu vực “%2”.</translation>
    </message>
    <message>
        <source>The result of %1 has no list of projects.</source>
        <translation>Kết quả của %1 không có danh sách dự án.</translation>
    </message>
    <message>
        <source>The result of %1 lists a project without an id.</source>
        <translation>Kết quả của %1 có một dự án không có mã.</translation>
    </message>
    <message>
        <source>The result names project &quot;%1&quot;, which %2 does not have.</source>
        <translation>Kết quả nêu dự án “%1”, nhưng %2 không có dự án này.</translation>
    </message>
    <message>
        <source>The result lists project &quot;%1&quot; twice.</source>
        <translation>Kết quả liệt kê dự án “%1” hai lần.</translation>
    </message>
    <message>
        <source>The cost of project &quot;%1&quot; in the result is not an amount.</source>
        <translation>Chi phí của dự án “%1” trong kết quả không phải là số tiền.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; costs %2 in the result but %3 in %4.</source>
        <translation>Dự án “%1” có chi phí %2 trong kết quả nhưng %3 trong %4.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in the result is marked %2 but has order %3.</source>
        <translation>Dự án “%1” trong kết quả được đánh dấu là %2 nhưng có thứ tự %3.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>được cấp vốn</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>không được cấp vốn</translation>
    </message>
    <message>
        <source>The result has no entry for project &quot;%1&quot; of %2.</source>
        <translation>Kết quả không có mục cho dự án “%1” của %2.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is a winner in the result but not marked funded.</source>
        <translation>Dự án “%1” là dự án thắng trong kết quả nhưng không được đánh dấu là được cấp vốn.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid budget, budget_used and budget_left.</source>
        <translation>Kết quả của %1 không có budget, budget_used và budget_left hợp lệ.</translation>
    </message>
    <message>
        <source>The result of %1 does not say how many ballots were counted.</source>
        <translation>Kết quả của %1 không cho biết đã kiểm bao nhiêu phiếu bầu.</translation>
    </message>
    <message>
        <source>The result of %1 has no count of the city-wide projects.</source>
        <translation>Kết quả của %1 không có số liệu kiểm phiếu cho các dự án toàn thành phố.</translation>
    </message>
    <message>
        <source>The result of %1 has no count for district &quot;%2&quot;.</source>
        <translation>Kết quả của %1 không có số liệu kiểm phiếu cho khu vực “%2”.</translation>
    </message>
    <message>
        <source>The count of district &quot;%1&quot; in the result of %2 is incomplete.</source>
        <translation>Số liệu kiểm phiếu của khu vực “%1” trong kết quả của %2 chưa đầy đủ.</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>toàn thành phố</translation>
    </message>
    <message>
        <source>The winners of district &quot;%1&quot; (%2) do not match the funded projects (%3).</source>
        <translation>Các dự án thắng của khu vực “%1” (%2) không khớp với các dự án được cấp vốn (%3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Được cấp vốn</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Không được cấp vốn</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(không nêu lý do)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Order in which the rule chose the project; blank when not funded.</source>
        <translation>Thứ tự quy tắc đã chọn dự án; để trống nếu không được cấp vốn.</translation>
    </message>
    <message>
        <source>Ballots that chose the project (the rule&apos;s support figure).</source>
        <translation>Số phiếu bầu đã chọn dự án (mức ủng hộ theo quy tắc).</translation>
    </message>
    <message>
        <source>Why the project won or lost under the rule used.</source>
        <translation>Lý do dự án được chọn hoặc không theo quy tắc đã dùng.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsView</name>
    <message>
        <source>Whole round</source>
        <translation>Toàn bộ đợt bỏ phiếu</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>Dự án toàn thành phố</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show results for:</source>
        <translation>Hiển thị kết quả cho:</translation>
    </message>
    <message>
        <source>Why this project won or lost</source>
        <translation>Lý do dự án này được chọn hoặc không</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Ngân sách đã dùng</translation>
    </message>
    <message>
        <source>Ranking of the projects</source>
        <translation>Bảng xếp hạng các dự án</translation>
    </message>
    <message>
        <source>Chart of the votes per project</source>
        <translation>Biểu đồ số phiếu của từng dự án</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>Không thể hiển thị kết quả này: %1</translation>
    </message>
    <message>
        <source>No result to show yet: tally the round first.</source>
        <translation>Chưa có kết quả để hiển thị: hãy kiểm phiếu đợt bỏ phiếu trước.</translation>
    </message>
    <message>
        <source>City-wide projects: </source>
        <translation>Dự án toàn thành phố: </translation>
    </message>
    <message>
        <source>District %1: </source>
        <translation>Khu vực %1: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted.</source>
        <translation>
            <numerusform>Đã kiểm %n phiếu bầu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) chose a project here.</source>
        <translation>
            <numerusform>%n phiếu bầu đã chọn một dự án ở đây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%n dự án được cấp vốn</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted with the rule %1, ties broken by %2. %3 %4 out of %5.</source>
        <translation>Kiểm phiếu theo quy tắc %1, phân định hòa bằng %2. %3 %4 trên tổng %5.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không nêu rõ)</translation>
    </message>
    <message>
        <source>Budget used: %1 of %2. Left unspent: %3.</source>
        <translation>Ngân sách đã dùng: %1 trên %2. Chưa chi: %3.</translation>
    </message>
    <message>
        <source>%1% of the budget used, %2% left.</source>
        <translation>Đã dùng %1% ngân sách, còn lại %2%.</translation>
    </message>
    <message>
        <source>Votes per project</source>
        <translation>Số phiếu của từng dự án</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Được cấp vốn</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Không được cấp vốn</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Select a project in the table to see why it won or lost.</source>
        <translation>Chọn một dự án trong bảng để xem lý do dự án được chọn hoặc không.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Funded, chosen in position %1.</source>
        <translation>Được cấp vốn, được chọn ở vị trí %1.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>Không được cấp vốn.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n phiếu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Chi phí: %1.</translation>
    </message>
    <message>
        <source>The result gives no reason for this project.</source>
        <translation>Kết quả không nêu lý do cho dự án này.</translation>
    </message>
    <message>
        <source>No counting rule was chosen before voting for this round: every count is for analysis.</source>
        <translation>Chưa chọn quy tắc kiểm phiếu nào trước khi bỏ phiếu cho đợt này: mọi lần kiểm phiếu chỉ để phân tích.</translation>
    </message>
    <message>
        <source>This is the official result: %1 is the rule chosen before voting opened.</source>
        <translation>Đây là kết quả chính thức: %1 là quy tắc được chọn trước khi mở bỏ phiếu.</translation>
    </message>
    <message>
        <source>For comparison only: the official result is counted with %1, the rule chosen before voting opened.</source>
        <translation>Chỉ để so sánh: kết quả chính thức được kiểm theo %1, quy tắc được chọn trước khi mở bỏ phiếu.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundListModel</name>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>voting open</source>
        <translation>đang bỏ phiếu</translation>
    </message>
    <message>
        <source>voting paused</source>
        <translation>tạm dừng bỏ phiếu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>đã kiểm phiếu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n project(s)</source>
        <translation>
            <numerusform>Đợt bỏ phiếu %1: %n dự án</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã công bố</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundSettingsDialog</name>
    <message>
        <source>No planned period yet</source>
        <translation>Chưa có thời gian dự kiến</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <source>R&amp;ename</source>
        <translation>Đổi t&amp;ên</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>X&amp;uống</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Đợt bỏ phiếu mới</translation>
    </message>
    <message>
        <source>Round settings: %1</source>
        <translation>Cài đặt đợt bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>e.g. Participatory Budget 2027</source>
        <translation>ví dụ: Ngân sách có sự tham gia 2027</translation>
    </message>
    <message>
        <source>e.g. 1 500 000 or 1 500 000.50</source>
        <translation>ví dụ: 1 500 000 hoặc 1 500 000,50</translation>
    </message>
    <message>
        <source>Three letters, as on bank statements: EUR, USD, PLN, VND</source>
        <translation>Ba chữ cái, như trên sao kê ngân hàng: EUR, USD, PLN, VND</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Đơn &amp;vị tiền tệ:</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>&amp;Phương thức bỏ phiếu:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <source>%1 (a rule this version does not know)</source>
        <translation>%1 (quy tắc mà phiên bản này không biết)</translation>
    </message>
    <message>
        <source>Counting &amp;rule:</source>
        <translation>&amp;Quy tắc kiểm phiếu:</translation>
    </message>
    <message>
        <source>Times are local (%1); the round keeps them in UTC.</source>
        <translation>Thời gian theo giờ địa phương (%1); đợt bỏ phiếu lưu theo giờ UTC.</translation>
    </message>
    <message>
        <source>Voting period</source>
        <translation>Thời gian bỏ phiếu</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>&amp;Mở lúc:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>Đón&amp;g lúc:</translation>
    </message>
    <message>
        <source>New category, e.g. Green spaces</source>
        <translation>Danh mục mới, ví dụ: Không gian xanh</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>When the list has categories, each project is in one of them (or in none). With an empty list, projects name their own.</source>
        <translation>Khi danh sách có danh mục, mỗi dự án thuộc một trong các danh mục đó (hoặc không thuộc danh mục nào). Nếu danh sách trống, mỗi dự án tự ghi danh mục của mình.</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Ngân sách:</translation>
    </message>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>&amp;Ngân sách (%1):</translation>
    </message>
    <message>
        <source>Choose the counting rule before voting opens: the official result is counted with it, and the published results name it.</source>
        <translation>Hãy chọn quy tắc kiểm phiếu trước khi mở bỏ phiếu: kết quả chính thức được kiểm theo quy tắc này, và kết quả công bố sẽ ghi rõ tên quy tắc.</translation>
    </message>
    <message>
        <source>This version of pbvote cannot count with this rule.</source>
        <translation>Phiên bản pbvote này không thể kiểm phiếu theo quy tắc này.</translation>
    </message>
    <message>
        <source>The budget must be an amount such as 1 500 000 or 1 500 000.50.</source>
        <translation>Ngân sách phải là số tiền, ví dụ 1 500 000 hoặc 1 500 000,50.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::DistrictCount</name>
    <message>
        <source>Rule %1 cannot be run.</source>
        <translation>Không thể chạy quy tắc %1.</translation>
    </message>
    <message>
        <source>%1: no budget was given for district %2, which has %3 project(s).</source>
        <translation>%1: chưa có ngân sách cho khu vực %2 (số dự án: %3).</translation>
    </message>
    <message>
        <source>%1: the budget of district %2 is negative.</source>
        <translation>%1: ngân sách của khu vực %2 là số âm.</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Khu vực %1</translation>
    </message>
    <message>
        <source>Not funded: it belongs to no district, and this count has no city-wide budget.</source>
        <translation>Không được cấp vốn: dự án không thuộc khu vực nào, và lần kiểm phiếu này không có ngân sách toàn thành phố.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Explain</name>
    <message>
        <source>1 vote</source>
        <translation>1 phiếu</translation>
    </message>
    <message numerus="yes">
        <source>%1 votes</source>
        <translation>
            <numerusform>%1 phiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal: 11th, 12th, 13th, 4th, ...</comment>
        <translation>thứ %1</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st, ...</comment>
        <translation>thứ %1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd, ...</comment>
        <translation>thứ %1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd, ...</comment>
        <translation>thứ %1</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Greedy</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: dự án %2 có chi phí âm (%3).</translation>
    </message>
    <message>
        <source>%1: the projects funded before the greedy step are invalid (index %2).</source>
        <translation>%1: các dự án được cấp vốn trước bước tham lam không hợp lệ (chỉ số %2).</translation>
    </message>
    <message>
        <source>Funded %1, in the earlier stage of the count (%2; it cost %3).</source>
        <translation>Được cấp vốn, xếp %1, ở giai đoạn trước của việc kiểm phiếu (%2; chi phí %3).</translation>
    </message>
    <message>
        <source>Funded %1: %2; it costs nothing.</source>
        <translation>Được cấp vốn, xếp %1: %2; dự án không tốn chi phí.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available once every project with votes had had its turn.</source>
        <translation>Được cấp vốn, xếp %1: không ai bỏ phiếu cho dự án này, nhưng chi phí là %2 và vẫn còn %3 sau khi mọi dự án có phiếu đều đã đến lượt.</translation>
    </message>
    <message>
        <source>Funded %1: %2; it cost %3 and %4 was still available.</source>
        <translation>Được cấp vốn, xếp %1: %2; chi phí %3 và khi đó vẫn còn %4.</translation>
    </message>
    <message>
        <source>Funded %1: %2 for a cost of %3 (projects are taken by votes per unit of cost); %4 was still available.</source>
        <translation>Được cấp vốn, xếp %1: %2 với chi phí %3 (các dự án được xét theo số phiếu trên mỗi đơn vị chi phí); khi đó vẫn còn %4.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2, more than the whole budget of %3.</source>
        <translation>Không được cấp vốn: %1, nhưng chi phí là %2, vượt quá toàn bộ ngân sách %3.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2 and only %3 was left when its turn came.</source>
        <translation>Không được cấp vốn: %1, nhưng chi phí là %2 và khi đến lượt chỉ còn %3.</translation>
    </message>
    <message>
        <source>Not funded: %1 for a cost of %2 (projects are taken by votes per unit of cost), and only %3 was left when its turn came.</source>
        <translation>Không được cấp vốn: %1 với chi phí %2 (các dự án được xét theo số phiếu trên mỗi đơn vị chi phí), và khi đến lượt chỉ còn %3.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::MaxWelfare</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: dự án %2 có chi phí âm (%3).</translation>
    </message>
    <message>
        <source>%1 is too large to find the best combination of projects exactly: the search went past %2 steps (the configured limit). No result is given rather than one that might not be the best.</source>
        <translation>%1 quá lớn để tìm chính xác tổ hợp dự án tốt nhất: việc tìm kiếm đã vượt quá %2 bước (giới hạn đã đặt). Thà không đưa ra kết quả còn hơn đưa ra một kết quả có thể không phải là tốt nhất.</translation>
    </message>
    <message>
        <source>Funded: %1 for %2. It is part of the best combination: the projects whose votes, each counted as many times as the project costs, add up to the most without going over the budget of %3.</source>
        <translation>Được cấp vốn: %1 với chi phí %2. Dự án thuộc tổ hợp tốt nhất: các dự án có tổng số phiếu lớn nhất mà không vượt quá ngân sách %3, trong đó mỗi phiếu được tính nhiều lần bằng chi phí của dự án.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>Không được cấp vốn: chi phí là %1, vượt quá toàn bộ ngân sách %2.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Không được cấp vốn: không ai bỏ phiếu cho dự án này.</translation>
    </message>
    <message>
        <source>Not funded: it costs nothing, so under this rule (votes counted as many times as the project costs) it adds nothing to the total, and the rule funds only projects that do.</source>
        <translation>Không được cấp vốn: dự án không tốn chi phí, nên theo quy tắc này (mỗi phiếu được tính nhiều lần bằng chi phí của dự án) nó không làm tăng tổng, và quy tắc chỉ cấp vốn cho các dự án làm tăng tổng.</translation>
    </message>
    <message>
        <source>Not funded: %1 for %2. The best combination of projects within the budget of %3 does not include it.</source>
        <translation>Không được cấp vốn: %1 với chi phí %2. Tổ hợp dự án tốt nhất trong phạm vi ngân sách %3 không bao gồm dự án này.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Phragmen</name>
    <message>
        <source>about %1</source>
        <translation>khoảng %1</translation>
    </message>
    <message>
        <source>%1: sequential Phragmén applies to approval ballots only.</source>
        <translation>%1: phương pháp Phragmén tuần tự chỉ áp dụng cho phiếu tán thành.</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: dự án %2 có chi phí âm (%3).</translation>
    </message>
    <message>
        <source>%1: voter %2 names a project that does not exist.</source>
        <translation>%1: người bỏ phiếu %2 ghi một dự án không tồn tại.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available after every project with votes.</source>
        <translation>Được cấp vốn, xếp %1: không ai bỏ phiếu cho dự án này, nhưng chi phí là %2 và vẫn còn %3 sau tất cả các dự án có phiếu.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 shared its cost of %3, and each of them ended up with a load of %4, the smallest any project could give its supporters at that point.</source>
        <translation>Được cấp vốn, xếp %1: những người đã bỏ %2 cho dự án cùng chia chi phí %3, và mỗi người kết thúc với gánh nặng %4, mức nhỏ nhất mà bất kỳ dự án nào có thể mang lại cho người ủng hộ vào lúc đó.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>Không được cấp vốn: chi phí là %1, vượt quá toàn bộ ngân sách %2.</translation>
    </message>
    <message>
        <source>Not funded: it was next in line (its %1 would each have carried a load of %2), but it costs %3 and only %4 was left, so the count stopped here.</source>
        <translation>Không được cấp vốn: đây là dự án kế tiếp (mỗi người trong số những người đã bỏ %1 cho dự án sẽ gánh %2), nhưng chi phí là %3 và chỉ còn %4, nên việc kiểm phiếu dừng lại ở đây.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it; it costs %1 and only %2 was left, so the count stopped here.</source>
        <translation>Không được cấp vốn: không ai bỏ phiếu cho dự án này; chi phí là %1 và chỉ còn %2, nên việc kiểm phiếu dừng lại ở đây.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Không được cấp vốn: không ai bỏ phiếu cho dự án này.</translation>
    </message>
    <message>
        <source>Not funded: its %1 would each have had to carry a load of %2; the count stopped before its turn, when project %3 came next and no longer fitted in the %4 left.</source>
        <translation>Không được cấp vốn: mỗi người trong số những người đã bỏ %1 cho dự án sẽ phải gánh %2; việc kiểm phiếu đã dừng trước lượt của dự án, khi dự án %3 là dự án kế tiếp và không còn vừa với %4 còn lại.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::RuleRegistry</name>
    <message>
        <source>Greedy by votes</source>
        <translation>Tham lam theo số phiếu</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes, most votes first. A project that no longer fits in the money left is skipped, and the count goes on with the next one until every project has had its turn.</source>
        <translation>Các dự án được xét theo thứ tự số phiếu, dự án nhiều phiếu nhất trước. Dự án nào không còn vừa với số tiền còn lại thì bị bỏ qua, và việc kiểm phiếu tiếp tục với dự án kế tiếp cho đến khi mọi dự án đều đã đến lượt.</translation>
    </message>
    <message>
        <source>Greedy by votes per cost</source>
        <translation>Tham lam theo số phiếu trên chi phí</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes divided by their cost, so cheaper projects with many votes come first. A project that no longer fits in the money left is skipped, and the count goes on until every project has had its turn.</source>
        <translation>Các dự án được xét theo thứ tự số phiếu chia cho chi phí, nên các dự án rẻ hơn mà có nhiều phiếu được xét trước. Dự án nào không còn vừa với số tiền còn lại thì bị bỏ qua, và việc kiểm phiếu tiếp tục cho đến khi mọi dự án đều đã đến lượt.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (cost)</source>
        <translation>Phương pháp Chia phần bằng nhau (chi phí)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least per unit of benefit goes first, where a project&apos;s benefit to a supporter is its cost. Money may be left unspent.</source>
        <translation>Ngân sách được chia đều cho những người bỏ phiếu. Một dự án được cấp vốn khi những người ủng hộ dự án có thể cùng nhau chi trả từ phần của mình, mỗi người trả càng đều nhau càng tốt; dự án mà người ủng hộ phải trả ít nhất cho mỗi đơn vị lợi ích được chọn trước, trong đó lợi ích của một dự án đối với người ủng hộ là chi phí của dự án. Có thể còn lại tiền chưa chi.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (approval)</source>
        <translation>Phương pháp Chia phần bằng nhau (tán thành)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least each goes first (every supported project counts the same to a voter). Money may be left unspent.</source>
        <translation>Ngân sách được chia đều cho những người bỏ phiếu. Một dự án được cấp vốn khi những người ủng hộ dự án có thể cùng nhau chi trả từ phần của mình, mỗi người trả càng đều nhau càng tốt; dự án mà mỗi người ủng hộ phải trả ít nhất được chọn trước (với một người bỏ phiếu, mọi dự án họ ủng hộ đều có giá trị như nhau). Có thể còn lại tiền chưa chi.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), then greedy</source>
        <translation>Chia phần bằng nhau (chi phí), sau đó tham lam</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>Phương pháp Chia phần bằng nhau với lợi ích bằng chi phí, sau đó số tiền còn lại được chi theo quy tắc tham lam: các dự án còn lại theo thứ tự số phiếu, bỏ qua những dự án không còn vừa.</translation>
    </message>
    <message>
        <source>Equal Shares (approval), then greedy</source>
        <translation>Chia phần bằng nhau (tán thành), sau đó tham lam</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>Phương pháp Chia phần bằng nhau, trong đó mọi dự án được ủng hộ đều có giá trị như nhau, sau đó số tiền còn lại được chi theo quy tắc tham lam: các dự án còn lại theo thứ tự số phiếu, bỏ qua những dự án không còn vừa.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares</source>
        <translation>Chia phần bằng nhau (chi phí), nâng phần chia</translation>
    </message>
    <message>
        <source>Equal Shares (approval), raised shares</source>
        <translation>Chia phần bằng nhau (tán thành), nâng phần chia</translation>
    </message>
    <message>
        <source>Sequential Phragmén</source>
        <translation>Phragmén tuần tự</translation>
    </message>
    <message>
        <source>Supporters share the cost of each funded project, and the count keeps the largest total any voter has paid (their load) as small as possible: each round funds the project whose supporters would end with the smallest equal load. The count stops when the next project no longer fits in the money left. Approval ballots only.</source>
        <translation>Những người ủng hộ cùng chia chi phí của mỗi dự án được cấp vốn, và việc kiểm phiếu giữ cho tổng số tiền lớn nhất mà một người bỏ phiếu đã trả (gánh nặng của họ) nhỏ nhất có thể: mỗi bước cấp vốn cho dự án mà những người ủng hộ sẽ có gánh nặng bằng nhau nhỏ nhất. Việc kiểm phiếu dừng lại khi dự án kế tiếp không còn vừa với số tiền còn lại. Chỉ dùng cho phiếu tán thành.</translation>
    </message>
    <message>
        <source>Maximum total satisfaction</source>
        <translation>Tổng mức hài lòng tối đa</translation>
    </message>
    <message>
        <source>The combination of projects within the budget whose votes, each counted as many times as the project costs, add up to the most. Found exactly; a round too large to solve exactly gets an error, never an approximation.</source>
        <translation>Tổ hợp các dự án trong phạm vi ngân sách có tổng số phiếu lớn nhất, trong đó mỗi phiếu được tính nhiều lần bằng chi phí của dự án. Được tìm chính xác; đợt bỏ phiếu quá lớn để giải chính xác sẽ nhận thông báo lỗi, không bao giờ nhận kết quả gần đúng.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares as on equalshares.net</source>
        <translation>Chia phần bằng nhau (chi phí), nâng phần chia như trên equalshares.net</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time for as long as the result still fits in the budget — also past the first result that leaves too little for any other project, as equalshares.net counts (this reproduces Wieliczka&apos;s official 2023 result); the money then left is spent by the greedy rule.</source>
        <translation>Phương pháp Chia phần bằng nhau với lợi ích bằng chi phí, được chạy lại với phần của mỗi người bỏ phiếu được nâng thêm từng đơn vị một, chừng nào kết quả vẫn còn vừa với ngân sách — kể cả sau kết quả đầu tiên không còn đủ tiền cho bất kỳ dự án nào khác, đúng như cách equalshares.net tính (cách này cho lại kết quả chính thức năm 2023 của Wieliczka); số tiền còn lại sau đó được chi theo quy tắc tham lam.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (points)</source>
        <translation>Phương pháp Chia phần bằng nhau (điểm)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for cumulative or scoring ballots: a voter&apos;s benefit from a project is the number of points they gave it.</source>
        <translation>Phương pháp Chia phần bằng nhau cho phiếu cộng dồn hoặc phiếu chấm điểm: lợi ích của một dự án đối với người bỏ phiếu là số điểm người đó đã cho dự án.</translation>
    </message>
    <message>
        <source>Equal Shares (points), raised shares</source>
        <translation>Chia phần bằng nhau (điểm), nâng phần chia</translation>
    </message>
    <message>
        <source>Method of Equal Shares (ranking)</source>
        <translation>Phương pháp Chia phần bằng nhau (xếp hạng)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for ranked ballots: a voter&apos;s benefit from a project is the number of projects they ranked below it (Borda score).</source>
        <translation>Phương pháp Chia phần bằng nhau cho phiếu xếp hạng: lợi ích của một dự án đối với người bỏ phiếu là số dự án mà người đó xếp dưới dự án này (điểm Borda).</translation>
    </message>
    <message>
        <source>Equal Shares (ranking), raised shares</source>
        <translation>Chia phần bằng nhau (xếp hạng), nâng phần chia</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Phương pháp Chia phần bằng nhau với lợi ích bằng chi phí, được chạy lại với phần của mỗi người bỏ phiếu được nâng thêm từng đơn vị một, cho đến khi kết quả không còn đủ tiền cho bất kỳ dự án nào khác hoặc sẽ không còn vừa với ngân sách thực; số tiền còn lại sau đó được chi theo quy tắc tham lam.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Phương pháp Chia phần bằng nhau, trong đó mọi dự án được ủng hộ đều có giá trị như nhau, được chạy lại với phần của mỗi người bỏ phiếu được nâng thêm từng đơn vị một, cho đến khi kết quả không còn đủ tiền cho bất kỳ dự án nào khác hoặc sẽ không còn vừa với ngân sách thực; số tiền còn lại sau đó được chi theo quy tắc tham lam.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with points as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Phương pháp Chia phần bằng nhau với lợi ích là số điểm, được chạy lại với phần của mỗi người bỏ phiếu được nâng thêm từng đơn vị một, cho đến khi kết quả không còn đủ tiền cho bất kỳ dự án nào khác hoặc sẽ không còn vừa với ngân sách thực; số tiền còn lại sau đó được chi theo quy tắc tham lam.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with Borda scores as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Phương pháp Chia phần bằng nhau với lợi ích là điểm Borda, được chạy lại với phần của mỗi người bỏ phiếu được nâng thêm từng đơn vị một, cho đến khi kết quả không còn đủ tiền cho bất kỳ dự án nào khác hoặc sẽ không còn vừa với ngân sách thực; số tiền còn lại sau đó được chi theo quy tắc tham lam.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::TieBreak</name>
    <message>
        <source>project id, the smallest as text first (&quot;10&quot; before &quot;9&quot;)</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>mã dự án, mã nhỏ nhất khi so như văn bản trước (“10” trước “9”)</translation>
    </message>
    <message>
        <source>lower cost first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>chi phí thấp hơn trước, sau đó đến mã dự án</translation>
    </message>
    <message>
        <source>more votes first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>nhiều phiếu hơn trước, sau đó đến mã dự án</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::AudioGuide</name>
    <message>
        <source>Slowest</source>
        <translation>Chậm nhất</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Chậm hơn</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Tốc độ bình thường</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>Nhanh hơn một chút</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Nhanh hơn</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Nhanh nhất</translation>
    </message>
    <message>
        <source>Audio is off.</source>
        <translation>Âm thanh đang tắt.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot read aloud. Please ask a librarian for help.</source>
        <translation>Xin lỗi, máy này không thể đọc to. Vui lòng nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk has no voice for this language. Choose another language, or ask a librarian for help.</source>
        <translation>Xin lỗi, máy này không có giọng đọc cho ngôn ngữ này. Hãy chọn ngôn ngữ khác, hoặc nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>Audio is on: the screen is read aloud.</source>
        <translation>Âm thanh đang bật: nội dung màn hình được đọc to.</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Nhanh hơn nhiều</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskSession</name>
    <message>
        <source>Choose from %1 to %2 projects that you would like the city to fund.</source>
        <translation>Hãy chọn từ %1 đến %2 dự án mà bạn muốn thành phố đầu tư.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n project(s) that you would like the city to fund.</source>
        <translation>
            <numerusform>Hãy chọn tối đa %n dự án mà bạn muốn thành phố đầu tư.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose every project that you would like the city to fund.</source>
        <translation>Hãy chọn tất cả các dự án mà bạn muốn thành phố đầu tư.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Together they can cost up to %1.</source>
        <translation>Hãy chọn các dự án mà bạn muốn thành phố đầu tư. Tổng chi phí có thể lên đến %1.</translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support, at most %1 to one project. More points mean more support.</source>
        <translation>
            <numerusform>Hãy chia %n điểm của bạn cho các dự án bạn ủng hộ, tối đa %1 điểm cho mỗi dự án. Càng nhiều điểm là càng ủng hộ nhiều.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support. More points mean more support.</source>
        <translation>
            <numerusform>Hãy chia %n điểm của bạn cho các dự án bạn ủng hộ. Càng nhiều điểm là càng ủng hộ nhiều.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank up to %n project(s): tap them in order of preference, your favourite first.</source>
        <translation>
            <numerusform>Hãy xếp hạng tối đa %n dự án: chạm vào từng dự án theo thứ tự ưu tiên, dự án bạn thích nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting has not started yet.</source>
        <translation>Cuộc bỏ phiếu chưa bắt đầu.</translation>
    </message>
    <message>
        <source>Voting is paused at this kiosk.</source>
        <translation>Việc bỏ phiếu tại máy này đang tạm dừng.</translation>
    </message>
    <message>
        <source>Voting has ended. Thank you to everyone who took part!</source>
        <translation>Cuộc bỏ phiếu đã kết thúc. Cảm ơn tất cả mọi người đã tham gia!</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) chosen</source>
        <translation>
            <numerusform>Đã chọn %1 trên %n dự án</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen</source>
        <translation>
            <numerusform>Đã chọn %n dự án</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) given</source>
        <translation>
            <numerusform>Đã cho %1 trên %n điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) ranked</source>
        <translation>
            <numerusform>Đã xếp hạng %1 trên %n dự án</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Đã chọn: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Còn lại: %1</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Ngân sách: %1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Lựa chọn số %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Đã chọn</translation>
    </message>
    <message>
        <source>Your ballot supports no project. It will be counted as a blank ballot.</source>
        <translation>Phiếu bầu của bạn không ủng hộ dự án nào. Phiếu sẽ được tính là phiếu trắng.</translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s). Each counts as one vote for that project.</source>
        <translation>
            <numerusform>Phiếu bầu của bạn ủng hộ %n dự án. Mỗi dự án được tính một phiếu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s) costing %1 in total, out of a budget of %2.</source>
        <translation>
            <numerusform>Phiếu bầu của bạn ủng hộ %n dự án với tổng chi phí %1, trên ngân sách %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot gives %1 points to %n project(s).</source>
        <translation>
            <numerusform>Phiếu bầu của bạn chia %1 điểm cho %n dự án.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot ranks %n project(s), your first choice first.</source>
        <translation>
            <numerusform>Phiếu bầu của bạn xếp hạng %n dự án, lựa chọn đầu tiên của bạn đứng đầu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not accepted. Please wait %n second(s) and try again, or ask a librarian for help.</source>
        <translation>
            <numerusform>Có quá nhiều mã không được chấp nhận. Vui lòng chờ %n giây rồi thử lại, hoặc nhờ nhân viên thư viện giúp đỡ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code has 12 letters and numbers. You have typed %1.</source>
        <translation>Mã của bạn gồm 12 chữ cái và chữ số. Bạn đã nhập %1 ký tự.</translation>
    </message>
    <message>
        <source>This kiosk cannot check codes right now. Please ask a librarian for help.</source>
        <translation>Hiện máy này không thể kiểm tra mã. Vui lòng nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>This code has already been used to vote. Each code can vote once. If you have not voted yet, please ask a librarian for help.</source>
        <translation>Mã này đã được dùng để bỏ phiếu. Mỗi mã chỉ dùng để bỏ phiếu một lần. Nếu bạn chưa bỏ phiếu, vui lòng nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>This code is not valid for this vote. Check each letter and number on your slip and try again, or ask a librarian for help.</source>
        <translation>Mã này không hợp lệ cho cuộc bỏ phiếu này. Hãy kiểm tra từng chữ cái và chữ số trên giấy bỏ phiếu rồi thử lại, hoặc nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>This code has already been used to vote, so this ballot was not recorded. Please ask a librarian for help.</source>
        <translation>Mã này đã được dùng để bỏ phiếu, nên phiếu bầu này không được ghi nhận. Vui lòng nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>Your vote was NOT recorded. Your code is still valid: you can try again, or ask a librarian for help.</source>
        <translation>Phiếu bầu của bạn CHƯA được ghi nhận. Mã của bạn vẫn còn hiệu lực: bạn có thể thử lại, hoặc nhờ nhân viên thư viện giúp đỡ.</translation>
    </message>
    <message>
        <source>Details for the librarian: %1</source>
        <translation>Thông tin cho nhân viên thư viện: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s).</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Hãy chờ %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Chưa mở</translation>
    </message>
    <message>
        <source>Open: taking votes</source>
        <translation>Đang mở: đang nhận phiếu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Closed and counted</source>
        <translation>Đã đóng và kiểm phiếu</translation>
    </message>
    <message>
        <source>Could not pause voting: %1</source>
        <translation>Không thể tạm dừng bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>Voting is paused. Write witness code %1 in the paper log.</source>
        <translation>Đã tạm dừng bỏ phiếu. Hãy ghi mã chứng thực %1 vào sổ giấy.</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>Đã mở lại bỏ phiếu.</translation>
    </message>
    <message>
        <source>Could not reopen voting: %1</source>
        <translation>Không thể mở lại bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>Could not close voting: %1</source>
        <translation>Không thể đóng bỏ phiếu: %1</translation>
    </message>
    <message>
        <source>Voting is closed. No ballots were cast at this kiosk.</source>
        <translation>Đã đóng bỏ phiếu. Không có phiếu bầu nào được gửi tại máy này.</translation>
    </message>
    <message>
        <source>Voting is closed. Write the final witness code %1 in the paper log.</source>
        <translation>Đã đóng bỏ phiếu. Hãy ghi mã chứng thực cuối cùng %1 vào sổ giấy.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Each budget below says how much its projects can cost together.</source>
        <translation>Hãy chọn các dự án mà bạn muốn thành phố đầu tư. Mỗi ngân sách bên dưới cho biết tổng chi phí tối đa của các dự án thuộc ngân sách đó.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1 and city-wide.</source>
        <translation>Bạn đang bỏ phiếu cho các dự án ở %1 và các dự án toàn thành phố.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1.</source>
        <translation>Bạn đang bỏ phiếu cho các dự án ở %1.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers. A librarian can give you a new one.</source>
        <translation>Mã này đã bị ban tổ chức thu hồi. Nhân viên thư viện có thể cấp cho bạn mã mới.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers, so this ballot was not recorded. A librarian can give you a new one.</source>
        <translation>Mã này đã bị ban tổ chức thu hồi, nên phiếu bầu này không được ghi nhận. Nhân viên thư viện có thể cấp cho bạn mã mới.</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskView</name>
    <message>
        <source>The kiosk screen could not be loaded:
%1</source>
        <translation>Không thể tải màn hình máy bỏ phiếu:
%1</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::Theme</name>
    <message>
        <source>Standard colours</source>
        <translation>Màu tiêu chuẩn</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Chữ đen nền trắng</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Chữ trắng nền đen</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Chữ vàng nền đen</translation>
    </message>
    <message>
        <source>Cyan on black</source>
        <translation>Chữ xanh lơ nền đen</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Chữ nhỏ</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Chữ tiêu chuẩn</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Chữ lớn</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Chữ lớn nhất</translation>
    </message>
</context>
</TS>
