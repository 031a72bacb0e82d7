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
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>Mã truy cập: đã nhập %1 trên 12 ký tự</translation>
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
