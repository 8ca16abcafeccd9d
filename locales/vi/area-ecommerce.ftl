# ecommerce: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/ecommerce.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-ec-online-presence = Khách hàng có thể tìm thấy doanh nghiệp của bạn ở đâu trên mạng?
    .help = Phần lớn khách hàng xem trên điện thoại trước khi mua hoặc ghé cửa hàng. Dễ được tìm thấy sẽ mang lại khách mới mà gần như không tốn chi phí.
    .none = Chưa có ở đâu trên mạng
    .listing = Chỉ có thông tin địa điểm, ví dụ trên Google Maps
    .social-page = Một trang trên Facebook, Zalo, TikTok hoặc tương tự
    .several-channels = Một trang như trên, thêm gian hàng trên sàn thương mại điện tử hoặc một website đơn giản
    .full-catalogue = Website hoặc cửa hàng trực tuyến có đủ sản phẩm, dịch vụ kèm giá, luôn được cập nhật

q-ec-online-orders = Khách hàng đặt hàng trực tuyến với bạn bằng cách nào?
    .help = Nhận đơn trực tuyến giúp bạn bán được cả ngoài giờ mở cửa và ra ngoài khu vực của mình.
    .none = Chúng tôi không nhận đơn trực tuyến
    .occasional = Thỉnh thoảng, vài đơn mỗi tháng qua tin nhắn
    .chat = Thường xuyên, qua tin nhắn hoặc gọi điện sau khi khách thấy chúng tôi trên mạng
    .platform = Qua sàn thương mại điện tử hoặc website đặt chỗ
    .own-shop = Qua cửa hàng trực tuyến hoặc hệ thống đặt chỗ của riêng chúng tôi, và cả qua tin nhắn

q-ec-online-sales-share = Trong 12 tháng qua, khoảng bao nhiêu phần trăm doanh thu đến từ đơn hàng trực tuyến?
    .help = Con số này cho thấy việc kinh doanh của bạn đã dựa vào bán hàng trực tuyến đến mức nào. Ước tính là được.
    .unit = % doanh thu

q-ec-channels = Bạn bán hàng trực tuyến ở đâu? Chọn tất cả các mục phù hợp.
    .help = Mỗi kênh tiếp cận những khách hàng khác nhau. Sàn thương mại điện tử mang lại người mua; kênh riêng của bạn giữ chân họ.
    .none = Chúng tôi không bán hàng trực tuyến
    .social = Mạng xã hội (Facebook, Zalo, TikTok)
    .marketplace = Sàn thương mại điện tử (ví dụ Shopee, Lazada, TikTok Shop, Postmart)
    .own-website = Website riêng của chúng tôi
    .travel-sites = Website đặt phòng và du lịch (ví dụ Booking.com, Agoda, Traveloka)
    .farm-platforms = Nền tảng bán nông sản (ví dụ Postmart, Voso, nền tảng của Bộ Công Thương)
    .cross-border = Bán cho người mua ở nước ngoài

q-ec-delivery = Đơn hàng đến tay khách bằng cách nào?
    .help = Giao hàng đáng tin cậy, có mã theo dõi, tạo được niềm tin và giảm chi phí do đơn bị thất lạc hoặc hoàn trả.
    .pickup-only = Khách chỉ đến lấy trực tiếp
    .own-trips = Chúng tôi tự giao, sắp xếp từng chuyến qua điện thoại
    .courier-cod = Qua đơn vị vận chuyển, chủ yếu thu tiền khi giao hàng (COD)
    .courier-tracked = Qua đơn vị vận chuyển, và chúng tôi gửi mã vận đơn cho khách để theo dõi
    .integrated = Đặt giao hàng ngay từ hệ thống bán hàng; khách tự theo dõi đơn, và tiền thu hộ (COD) được đối soát tự động

q-ec-business-buyers = Khách hàng doanh nghiệp (cửa hàng, đại lý bán buôn, doanh nghiệp xuất khẩu) tìm đến và đặt hàng với bạn bằng cách nào?
    .help = Khách hàng doanh nghiệp tìm nhà cung cấp trên mạng và muốn nhận nhanh danh mục sản phẩm, báo giá và giấy tờ. Dễ tìm thấy và dễ đặt hàng sẽ mang lại nhiều đơn hàng hơn, và đơn lớn hơn.
    .word-of-mouth = Chỉ qua người quen và truyền miệng
    .contact-online = Họ tìm thấy thông tin liên hệ của chúng tôi trên mạng (trang, Google Maps, danh bạ doanh nghiệp)
    .catalogue-chat = Khi khách hỏi, chúng tôi gửi danh mục sản phẩm và bảng giá qua Zalo hoặc email
    .online-catalogue = Danh mục sản phẩm có trên mạng (website riêng hoặc sàn B2B), báo giá và hóa đơn được gửi dưới dạng điện tử
    .cross-border = Tất cả những điều trên, và cả người mua ở nước ngoài cũng tìm thấy và đặt hàng trực tuyến, với chứng từ điện tử

q-ec-traceability = Nông sản hoặc bao bì của bạn có cho biết nguồn gốc và cách trồng, nuôi không?
    .help = Cửa hàng, siêu thị và doanh nghiệp xuất khẩu ngày càng muốn biết thực phẩm đến từ đâu và được sản xuất thế nào. Nhãn hoặc mã QR truy xuất nguồn gốc giúp bạn bán được cho họ, thường với giá tốt hơn.
    .none = Không có nhãn: bán rời hoặc đóng gói không ghi thông tin
    .name-label = Có nhãn ghi tên, địa chỉ và số điện thoại của chúng tôi
    .certified-label = Nhãn ghi thêm chứng nhận (ví dụ VietGAP, hữu cơ, sản phẩm OCOP)
    .qr-basic = Có mã QR trên nhãn, quét ra trang giới thiệu cơ sở và cách sản xuất của chúng tôi
    .qr-records = Mã QR gắn với nhật ký từng lô hàng được cập nhật thường xuyên, và người mua có dùng

q-ec-direct-booking = Khách đặt phòng, đặt bàn hoặc đặt tour với bạn bằng cách nào?
    .help = Các website đặt phòng mang lại khách nhưng thu hoa hồng trên mỗi lượt đặt. Cho khách đặt trực tiếp trên trang của bạn, cùng một lịch chung cho mọi kênh, giúp bạn giữ lại nhiều tiền hơn và tránh bị đặt trùng.
    .phone-walk-in = Chỉ qua điện thoại hoặc khách đến trực tiếp
    .chat = Qua điện thoại và cả tin nhắn (ví dụ Zalo, Messenger)
    .ota = Thêm cả website đặt phòng (ví dụ Booking.com, Agoda, Traveloka)
    .own-engine = Thêm cả trang đặt chỗ riêng của chúng tôi (trên website hoặc Facebook), xác nhận ngay cho khách
    .synced = Tất cả các kênh trên, với một lịch chung tự cập nhật cho mọi kênh

q-ec-appointments = Khách hàng đặt lịch hẹn hoặc đặt dịch vụ với bạn bằng cách nào?
    .help = Khi khách có thể đặt lịch bất cứ lúc nào, bạn nhận được nhiều lượt đặt hơn; tin nhắn nhắc lịch giúp giảm số khách hẹn rồi không đến.
    .walk-in-phone = Khách đến trực tiếp hoặc gọi điện; chúng tôi nhớ trong đầu hoặc ghi ra giấy
    .chat = Qua điện thoại và cả tin nhắn (ví dụ Zalo, Messenger)
    .calendar = Chúng tôi ghi mọi lịch hẹn vào ứng dụng lịch, chia sẻ với nhân viên nếu có
    .online-booking = Khách tự chọn giờ trống qua đường link hoặc ứng dụng đặt lịch trực tuyến
    .reminders = Đặt lịch trực tuyến có tự động nhắc lịch, và nhận tiền cọc hoặc thanh toán trực tuyến

q-ec-reviews = Bạn làm gì với đánh giá và xếp hạng trên mạng (Google Maps, Facebook, website đặt phòng)?
    .help = Phần lớn mọi người đọc đánh giá trước khi chọn nơi ở hoặc nơi dùng dịch vụ. Trả lời đánh giá, dù tốt hay xấu, cho thấy bạn quan tâm đến khách và tạo được niềm tin.
    .none = Chúng tôi không xem
    .read = Thỉnh thoảng có đọc, nhưng không trả lời
    .reply-some = Chúng tôi trả lời một số đánh giá, chủ yếu là lời phàn nàn
    .reply-all = Chúng tôi trả lời mọi đánh giá trong vài ngày và mời khách hài lòng viết đánh giá
    .improve = Tất cả những điều trên, và còn theo dõi điểm đánh giá theo thời gian, thay đổi cách làm dựa trên đánh giá

## Việc cần làm: có mặt trên mạng

act-ec-list-on-maps = Đưa doanh nghiệp của bạn lên Google Maps
    .step = Trên điện thoại, thêm doanh nghiệp của bạn vào Google Maps (Google Business Profile, miễn phí) với tên, địa chỉ, số điện thoại, giờ mở cửa và vài tấm ảnh.

act-ec-open-social-page = Mở trang kinh doanh trên Facebook, Zalo hoặc TikTok
    .step = Tạo một trang miễn phí (trang Facebook hoặc Zalo Official Account) có địa chỉ, số điện thoại, giờ mở cửa, cùng ảnh và giá của 10 sản phẩm hoặc dịch vụ bán chạy nhất.

act-ec-simple-website = Làm một website đơn giản giới thiệu những gì bạn bán, kèm giá
    .step = Dùng công cụ làm website miễn phí như Google Sites để làm một trang có sản phẩm hoặc dịch vụ, giá, ảnh, bản đồ và đường link nhắn tin; có thể nhờ người rành điện thoại giúp.

act-ec-full-catalogue = Đưa toàn bộ sản phẩm, dịch vụ kèm giá lên mạng và luôn cập nhật
    .step = Liệt kê mọi thứ bạn bán trong một bảng tính, có ảnh, giá và tình trạng còn hàng; cập nhật trang và gian hàng theo bảng tính đó, và kiểm tra lại hằng tuần.

## Việc cần làm: đơn hàng và doanh thu trực tuyến

act-ec-take-orders-by-chat = Mời khách đặt hàng với bạn qua tin nhắn
    .step = Ghi "Đặt hàng qua Zalo" kèm số Zalo và mã QR nhận tiền lên trang, hóa đơn và biển hiệu, rồi trả lời đơn ngay trong ngày.

act-ec-quick-replies = Giúp khách đặt hàng qua tin nhắn nhanh và dễ
    .step = Lưu sẵn tin nhắn trả lời nhanh trong Zalo hoặc Messenger (bảng giá, cách trả tiền bằng mã QR, phí và thời gian giao hàng), và ghim bảng giá lên đầu trang của bạn.

act-ec-open-marketplace-shop = Mở gian hàng trên sàn thương mại điện tử
    .step = Chọn một sàn mà khách của bạn hay dùng (ví dụ Shopee, TikTok Shop hoặc Postmart), đăng ký tài khoản người bán bằng căn cước và tài khoản ngân hàng, rồi đăng 10 sản phẩm bán chạy nhất.
    .who-vn = Sở Công Thương tỉnh thường tổ chức lớp tập huấn thương mại điện tử; các sàn cũng có khóa học miễn phí cho người bán mới.
    .who-la = Sở Công Thương cấp tỉnh của Lào. Người bán hàng trực tuyến ở Lào thông báo với Bộ Công Thương Lào (Nghị định 296/GOV, năm 2021).

act-ec-own-online-shop = Lập cửa hàng trực tuyến hoặc trang đặt chỗ riêng, có thanh toán trực tuyến
    .step = Hỏi giá hai nhà cung cấp cho một cửa hàng trực tuyến hoặc trang đặt chỗ đơn giản, liên kết với trang mạng xã hội và nhận thanh toán bằng mã QR, rồi so sánh phí hằng năm.
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí sử dụng các nền tảng chuyển đổi số được công nhận cho doanh nghiệp nhỏ và vừa.
    .who-la = Sở Công Thương cấp tỉnh của Lào. Người bán hàng trực tuyến ở Lào thông báo với Bộ Công Thương Lào (Nghị định 296/GOV, năm 2021).

act-ec-promote-online-ordering = Cho mọi khách biết họ có thể đặt hàng với bạn trực tuyến
    .step = Đặt một tấm biển nhỏ có tên trang, số Zalo và mã QR ở quầy, bỏ vào mỗi túi hàng hoặc in lên hóa đơn, và mời khách quen lần sau đặt qua tin nhắn.

act-ec-post-regularly = Đăng bài đều đặn và trả lời mọi tin nhắn thật nhanh
    .step = Lên kế hoạch ba bài đăng mỗi tuần, mỗi bài có ảnh, giá và cách đặt hàng, và thử một video ngắn hoặc một buổi livestream trong tháng này.

act-ec-track-online-sales = Tìm ra kênh trực tuyến mang lại nhiều doanh thu nhất
    .step = Trong một tháng, ghi lại mỗi đơn trực tuyến đến từ kênh nào (trang, tin nhắn, sàn) và giá trị bao nhiêu vào sổ hoặc bảng tính, rồi dành thêm thời gian cho kênh tốt nhất.

act-ec-bring-customers-back = Mời khách mua trực tuyến quay lại bằng lời cảm ơn và ưu đãi
    .step = Lập danh sách khách mua trực tuyến đã đồng ý nhận tin từ bạn, và gửi mỗi người lời cảm ơn kèm ưu đãi cho lần mua sau.

## Việc cần làm: kênh bán hàng

act-ec-list-on-travel-sites = Đưa phòng hoặc tour của bạn lên website đặt phòng
    .step = Đăng ký trên một website đặt phòng (Booking.com, Agoda hoặc Traveloka) với ảnh đẹp, giá và quy định hủy rõ ràng; xem trước mức hoa hồng họ thu trên mỗi lượt đặt.

act-ec-sell-on-farm-platform = Đưa nông sản lên sàn bán nông sản
    .step = Hỏi bưu điện gần nhất cách mở gian hàng trên Postmart, hoặc đăng ký bán trên Voso; bắt đầu với sản phẩm chính của bạn.
    .who-vn = Bưu điện Việt Nam (Vietnam Post, sàn Postmart) và Viettel Post (sàn Voso); Sở Công Thương tỉnh.
    .who-la = Sở Công Thương cấp tỉnh của Lào, về nền tảng thương mại điện tử nông sản của Bộ Công Thương Lào.

act-ec-try-cross-border = Thử bán một sản phẩm cho người mua ở một nước lân cận
    .step = Chọn một sản phẩm và một nước, rồi hỏi đơn vị vận chuyển và cơ quan xúc tiến thương mại về giấy tờ, nhãn mác và chi phí vận chuyển cần có.
    .who-vn = Sở Công Thương tỉnh và các chương trình xúc tiến thương mại của Sở.
    .who-la = Phòng Thương mại và Công nghiệp Quốc gia Lào (LNCCI) và Sở Công Thương cấp tỉnh của Lào.

## Việc cần làm: giao hàng

act-ec-start-delivery = Nhận giao hàng: tự giao ở gần, gửi đơn vị vận chuyển khi ở xa
    .step = Đặt khu vực và phí giao hàng, và mở tài khoản gửi hàng với một đơn vị vận chuyển (ví dụ Viettel Post, GHN hoặc GHTK) cho các đơn ở xa.

act-ec-use-courier = Gửi hàng qua đơn vị vận chuyển, thu tiền khi giao hàng (COD) khi cần
    .step = Mở tài khoản gửi hàng với một đơn vị vận chuyển (phần lớn có ứng dụng), so sánh phí cho kiện hàng bạn hay gửi, và gửi đơn đi tỉnh tiếp theo qua đơn vị đó.

act-ec-check-tracking-cod = Gửi mã vận đơn cho khách và đối soát mọi khoản tiền thu hộ
    .step = Gửi mã vận đơn cho từng khách khi giao kiện cho đơn vị vận chuyển, và mỗi tuần đối chiếu bảng kê tiền thu hộ (COD) của đơn vị vận chuyển với danh sách đơn hàng.

act-ec-link-shipping = Đặt giao hàng từ phần mềm bán hàng và đối soát COD tự động
    .step = Hỏi xem phần mềm bán hàng hoặc sàn của bạn có kết nối với đơn vị vận chuyển không, để đơn hàng, mã vận đơn và tiền thu hộ tự cập nhật; thử với 10 đơn.
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí sử dụng các nền tảng chuyển đổi số được công nhận cho doanh nghiệp nhỏ và vừa.

## Việc cần làm: khách hàng doanh nghiệp (sản xuất)

act-ec-b2b-listing = Đưa doanh nghiệp và sản phẩm lên nơi khách hàng doanh nghiệp tìm kiếm
    .step = Tạo địa điểm trên Google Maps và một trang giới thiệu sản phẩm, năng lực sản xuất, chứng nhận và thông tin liên hệ, rồi nhờ hiệp hội doanh nghiệp đưa bạn vào danh sách hội viên.
    .who-vn = Hiệp hội Doanh nghiệp tỉnh và Sở Công Thương tỉnh.
    .who-la = Phòng Thương mại và Công nghiệp Quốc gia Lào (LNCCI).

act-ec-digital-catalogue = Làm danh mục sản phẩm điện tử có ảnh, kích thước và giá
    .step = Làm một tệp PDF có ảnh, kích thước, số lượng đặt tối thiểu, giá và thời gian giao của từng sản phẩm, và gửi qua Zalo hoặc email cho khách hỏi hàng tiếp theo.

act-ec-b2b-platform = Đưa danh mục sản phẩm lên mạng, gửi báo giá và hóa đơn điện tử
    .step = Đăng danh mục sản phẩm lên website hoặc một sàn B2B (bắt đầu với gói miễn phí), gửi báo giá bằng tệp PDF và xuất hóa đơn điện tử cho mỗi đơn hàng.
    .who-vn = Sở Công Thương tỉnh và các chương trình xúc tiến thương mại của Sở.
    .who-la = Phòng Thương mại và Công nghiệp Quốc gia Lào (LNCCI) và Sở Công Thương cấp tỉnh của Lào.

## Việc cần làm: truy xuất nguồn gốc (nông nghiệp)

act-ec-label-produce = Dán nhãn ghi tên và nguồn gốc lên nông sản
    .step = In tem nhãn có tên trang trại hoặc hợp tác xã, thôn hoặc xã, số điện thoại và ngày đóng gói, rồi dán lên mỗi túi hoặc thùng hàng.

act-ec-get-certified = Từng bước đạt một chứng nhận mà người mua tin tưởng
    .step = Hỏi cán bộ khuyến nông xem chứng nhận nào (ví dụ VietGAP, hữu cơ hoặc OCOP) hợp với sản phẩm của bạn, cần ghi chép những gì và tốn bao nhiêu.
    .who-vn = Trung tâm Khuyến nông tỉnh và Ủy ban nhân dân xã (về VietGAP và OCOP).
    .who-la = Phòng Nông nghiệp cấp huyện hoặc Sở Nông nghiệp cấp tỉnh của Lào.

act-ec-add-trace-qr = Thêm mã QR cho biết nguồn gốc, cách sản xuất và chứng nhận
    .step = Làm một trang web miễn phí (ví dụ bằng Google Sites) giới thiệu cơ sở, cách trồng, nuôi và các chứng nhận, tạo mã QR từ đường link của trang đó và in lên nhãn.

act-ec-keep-trace-records = Gắn mã QR với nhật ký từng lô hàng và cập nhật thường xuyên
    .step = Bắt đầu ghi nhật ký sản xuất trên bảng tính dùng chung hoặc ứng dụng truy xuất nguồn gốc, có ngày gieo trồng, phun thuốc và thu hoạch của từng lô, và hướng dẫn người mua cách quét mã.

## Việc cần làm: đặt phòng (du lịch) và đặt lịch hẹn (dịch vụ khác)

act-ec-booking-by-chat = Nhận đặt chỗ qua tin nhắn và nhắn xác nhận từng lượt đặt
    .step = Ghi số Zalo lên trang và Google Maps; trả lời khách về giờ còn trống và giá, nhận tiền cọc bằng mã QR nếu cần, và nhắn tin xác nhận cho mỗi lượt đặt.

act-ec-direct-booking-page = Cho khách đặt và thanh toán ngay trên trang của bạn
    .step = Thêm nút "Đặt ngay" trên trang Facebook hoặc website, liên kết với một công cụ đặt phòng đơn giản; so sánh phí của hai nhà cung cấp trước khi chọn.

act-ec-channel-manager = Dùng một lịch chung tự cập nhật cho mọi kênh đặt phòng
    .step = Hỏi nhà cung cấp công cụ đặt phòng hoặc phần mềm quản lý khách sạn xem có công cụ quản lý kênh (channel manager) kết nối với Booking.com, Agoda và Traveloka không, và dùng thử một tháng.
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí sử dụng các nền tảng chuyển đổi số được công nhận cho doanh nghiệp nhỏ và vừa.

act-ec-shared-calendar = Ghi mọi lịch hẹn vào một lịch trên điện thoại
    .step = Ghi từng lịch hẹn, kèm tên và số điện thoại của khách, vào một ứng dụng lịch miễn phí (ví dụ Google Calendar), và chia sẻ với nhân viên nếu có.

act-ec-online-booking-link = Cho khách tự chọn giờ trống qua đường link đặt lịch
    .step = Bật trang đặt lịch miễn phí (ví dụ lịch hẹn trong Google Calendar) hoặc dùng một ứng dụng đặt lịch cho ngành của bạn, rồi gắn đường link lên trang và hồ sơ Zalo.

act-ec-booking-reminders = Tự động nhắc lịch và nhận tiền cọc trực tuyến
    .step = Bật tin nhắn nhắc lịch trong công cụ đặt lịch, và đề nghị khách đặt cọc bằng mã QR cho các lịch hẹn dài hoặc giá cao.

## Việc cần làm: đánh giá trên mạng (du lịch, dịch vụ khác)

act-ec-watch-reviews = Xem đánh giá trên mạng mỗi tuần
    .step = Xác nhận quyền sở hữu địa điểm trên Google Maps và bật thông báo đánh giá trên trang Facebook và website đặt phòng; đặt lời nhắc hằng tuần để đọc đánh giá mới.

act-ec-reply-reviews = Trả lời lịch sự mọi đánh giá, dù tốt hay xấu
    .step = Tuần này, trả lời 10 đánh giá gần nhất: cảm ơn người viết, và với lời phàn nàn thì xin lỗi và nói rõ bạn đã thay đổi gì.

act-ec-ask-for-reviews = Trả lời mọi đánh giá và mời khách hài lòng viết đánh giá
    .step = In một tấm thẻ nhỏ có mã QR mở trang viết đánh giá trên Google Maps và đưa cho khách hài lòng; tuyệt đối không mua hoặc tạo đánh giá giả.

act-ec-learn-from-reviews = Theo dõi điểm đánh giá và sửa những gì khách phàn nàn
    .step = Mỗi tháng, ghi lại điểm đánh giá trên từng trang và ba lời phàn nàn gặp nhiều nhất, chọn một điều để sửa và nói với nhân viên.
