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
