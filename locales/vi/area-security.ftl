# security: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/security.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-se-passwords = Bạn bảo vệ tài khoản ngân hàng, email và gian hàng của mình như thế nào?
    .help = Phần lớn các vụ bị xâm nhập bắt đầu từ mật khẩu yếu hoặc dùng lại. Xác minh hai bước chặn được phần lớn các vụ đó.
    .shared = Một mật khẩu đơn giản dùng cho mọi nơi, hoặc dùng chung với người khác
    .some-different = Một số tài khoản có mật khẩu khác nhau
    .all-different = Mỗi tài khoản quan trọng có một mật khẩu mạnh riêng
    .two-step-key = Mật khẩu riêng cho từng tài khoản, và bật xác minh hai bước cho ngân hàng và email
    .managed = Dùng ứng dụng quản lý mật khẩu, bật xác minh hai bước ở mọi nơi, và thu hồi quyền truy cập khi có người nghỉ việc

q-se-personal-data = Bạn có quy định ai được xem dữ liệu cá nhân của khách hàng (tên, số điện thoại, địa chỉ) và lưu giữ trong bao lâu không?
    .help = Pháp luật yêu cầu bảo vệ dữ liệu cá nhân của khách hàng (tại Việt Nam là Nghị định 13/2023/NĐ-CP). Quy định rõ ràng giúp tránh lộ lọt dữ liệu và bị phạt.

q-se-scams = Bạn kiểm tra tiền đã thật sự về và tin nhắn là thật bằng cách nào?
    .help = Ảnh chụp màn hình chuyển khoản giả, tin nhắn giả danh ngân hàng hoặc bên giao hàng, và đường link lừa lấy mật khẩu là những chiêu lừa đảo phổ biến. Xem ứng dụng ngân hàng trước khi giao hàng chặn được phần lớn các chiêu đó.
    .trust-screenshots = Chúng tôi tin ảnh chụp màn hình hoặc tin nhắn khách gửi
    .sometimes-check = Thỉnh thoảng chúng tôi xem lại trong ứng dụng ngân hàng
    .always-check = Luôn xem ứng dụng ngân hàng trước khi giao hàng, và không bấm vào link trong tin nhắn lạ
    .rule-trained = Việc này là quy định bằng văn bản, và mọi người nhận tiền đều đã được hướng dẫn
    .rule-alerts = Có quy định bằng văn bản, nhân viên được hướng dẫn, và thông báo biến động số dư đến được nhiều hơn một người

q-se-devices-locked = Điện thoại và máy tính dùng cho kinh doanh được bảo vệ như thế nào?
    .help = Một chiếc điện thoại bị mất hoặc không khóa có thể mở được ứng dụng ngân hàng, tin nhắn và danh sách khách hàng. Khóa màn hình và cập nhật phần mềm đóng được phần lớn các lỗ hổng.
    .none = Không khóa màn hình, và không cài các bản cập nhật
    .some = Một số thiết bị có mã PIN hoặc mật khẩu
    .all-locked = Tất cả đều khóa bằng mã PIN, vân tay hoặc mật khẩu
    .locked-updated = Tất cả đều khóa, và cài cập nhật ngay khi có
    .protected = Tất cả đều khóa và được cập nhật, có phần mềm diệt virus, và có thể tìm hoặc xóa dữ liệu từ xa khi mất điện thoại

q-se-if-hacked = Nếu ai đó chiếm tài khoản Facebook, Zalo, email hoặc ngân hàng của bạn, bạn sẽ làm gì?
    .help = Xử lý ngay trong vài giờ đầu giúp giữ được tiền và khách hàng. Biết trước các bước cần làm thì mới làm kịp.
    .no-idea = Tôi không biết
    .ask-someone = Tôi sẽ nhờ bạn bè hoặc người thân giúp
    .know-who = Tôi biết cần gọi cho ai (tổng đài ngân hàng, trang trợ giúp của nền tảng)
    .written-steps = Các bước đã được viết ra, và mã khôi phục được cất ở nơi an toàn
    .practised = Đã tập làm các bước, có mã khôi phục, và bản sao lưu sẵn sàng để khôi phục

q-se-customer-consent = Bạn có hỏi ý khách hàng trước khi gửi tin khuyến mãi hoặc chia sẻ thông tin của họ cho người khác không?
    .help = Khách hàng tin tưởng hơn khi được hỏi ý trước. Tại Việt Nam, Nghị định 13/2023/NĐ-CP yêu cầu có sự đồng ý của khách hàng khi sử dụng dữ liệu cá nhân của họ.
    .never-ask = Không hỏi; chúng tôi thêm khách vào danh sách, nhóm Zalo và chia sẻ thông tin khi cần
    .sometimes = Có hỏi một số khách
    .always-ask = Luôn hỏi trước, và ngừng gửi khi khách không đồng ý
    .recorded = Có hỏi và ghi lại ai đã đồng ý, vào ngày nào
    .opt-out-agreements = Có ghi lại sự đồng ý, khách dễ dàng từ chối nhận tin, và chỉ chia sẻ thông tin cho đối tác cam kết bảo vệ dữ liệu

act-se-strong-passwords = Đặt mật khẩu mạnh, riêng cho từng tài khoản quan trọng
    .step = Bắt đầu với ứng dụng ngân hàng, email, Facebook và Zalo: đổi mỗi tài khoản sang một mật khẩu mới, dài, không ai khác biết.

act-se-two-step = Bật xác minh hai bước cho tài khoản ngân hàng, email và gian hàng
    .step = Trong tuần này, mở phần cài đặt bảo mật của email, Facebook, Zalo và gian hàng trên sàn để bật xác minh hai bước; với ứng dụng ngân hàng, dùng Smart OTP hoặc đăng nhập bằng vân tay.
    .who-vn = Chi nhánh hoặc tổng đài ngân hàng của bạn (để cài Smart OTP trên ứng dụng ngân hàng)
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB), để dùng mã OTP trên ứng dụng ngân hàng

act-se-password-manager = Dùng ứng dụng quản lý mật khẩu và thu hồi quyền khi có người nghỉ
    .step = Bật trình quản lý mật khẩu có sẵn trên điện thoại hoặc trình duyệt, chuyển các mật khẩu kinh doanh vào đó, và ghi lại ai dùng tài khoản nào.

act-se-data-rules = Viết quy định đơn giản: ai được xem dữ liệu khách hàng, lưu bao lâu
    .step = Trên một trang giấy, ghi lại tên và số điện thoại khách hàng đang nằm ở đâu (sổ tay, Zalo, Excel), ai được xem, và khi nào xóa thông tin cũ.

act-se-check-bank-app = Luôn xem ứng dụng ngân hàng trước khi giao hàng
    .step = Từ hôm nay, chỉ giao hàng khi tiền đã hiện trong ứng dụng ngân hàng hoặc thông báo biến động số dư, không tin ảnh chụp màn hình. Dặn lại mọi người nhận tiền.

act-se-scam-rule = Viết một quy định ngắn để kiểm tra tiền về và tin nhắn
    .step = Viết ba dòng dán ở quầy: xem ứng dụng ngân hàng trước khi giao hàng; không bấm link trong tin nhắn lạ; khi nghi ngờ, gọi tổng đài chính thức của ngân hàng. Hướng dẫn lại cho nhân viên.

act-se-payment-alerts = Để thông báo tiền về đến được cả quầy và chủ cửa hàng
    .step = Hỏi ngân hàng cách để thông báo tiền về đến được cả quầy và điện thoại của bạn, ví dụ loa thông báo chuyển khoản hoặc tin nhắn SMS.
    .who-vn = Ngân hàng của bạn
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB)

act-se-lock-devices = Cài khóa màn hình cho mọi điện thoại và máy tính kinh doanh
    .step = Ngay hôm nay, đặt mã PIN hoặc vân tay cho từng điện thoại và mật khẩu cho từng máy tính, tự khóa sau một hai phút không dùng.

act-se-update-devices = Bật tự động cập nhật trên mọi thiết bị kinh doanh
    .step = Trong phần cài đặt của từng điện thoại và máy tính, bật tự động cập nhật hệ điều hành và ứng dụng, rồi cài ngay các bản cập nhật đang chờ.

act-se-protect-devices = Bật diệt virus và tính năng tìm thiết bị trên mọi máy
    .step = Kiểm tra Microsoft Defender đã bật trên Windows, và bật Find My Device (Android) hoặc Find My (iPhone) để khóa hoặc xóa dữ liệu khi mất điện thoại.

act-se-recovery-contacts = Ghi lại cần gọi cho ai khi bị chiếm tài khoản
    .step = Trên một trang giấy, ghi số tổng đài ngân hàng và địa chỉ trang trợ giúp "tài khoản bị xâm nhập" của Facebook, Zalo và email. Cất cùng giấy tờ kinh doanh.
    .who-vn = Tổng đài ngân hàng của bạn; công an nếu bị mất tiền
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB); LaoCERT, đơn vị ứng cứu sự cố máy tính quốc gia của Lào; công an nếu bị mất tiền

act-se-recovery-plan = Thêm thông tin khôi phục và cất giữ mã dự phòng an toàn
    .step = Kiểm tra mỗi tài khoản chính đã có số điện thoại đang dùng và email khôi phục, in mã dự phòng của tài khoản email, rồi cất cùng giấy tờ.

act-se-practise-recovery = Tập khôi phục một tài khoản và khôi phục dữ liệu
    .step = Vào một ngày vắng khách trong quý này, khôi phục thử một tệp từ bản sao lưu và làm thử các bước đã viết cho một tài khoản.

act-se-ask-consent = Hỏi ý khách trước khi gửi khuyến mãi hoặc chia sẻ dữ liệu
    .step = Khi xin số điện thoại của khách, hỏi xem có được gửi tin khuyến mãi qua Zalo hoặc SMS không, và chỉ thêm những người đồng ý vào danh sách, nhóm.

act-se-record-consent = Ghi lại khách hàng nào đã đồng ý nhận tin khuyến mãi
    .step = Thêm cột "đồng ý nhận tin (ngày)" vào danh sách hoặc sổ khách hàng, và điền cho mọi khách từ nay trở đi.

act-se-consent-opt-out = Cho khách dễ từ chối nhận tin; chỉ chia sẻ dữ liệu khi có thỏa thuận
    .step = Cuối mỗi tin khuyến mãi, ghi cách ngừng nhận tin (ví dụ "nhắn TỪ CHỐI") và xóa ngay người yêu cầu. Liệt kê dữ liệu khách hàng nào đưa cho bên giao hàng, đối tác, và vì sao.
