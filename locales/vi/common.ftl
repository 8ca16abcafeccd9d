# Shared names: areas, maturity levels, sectors, countries, size bands, yes/no.
# Terms are kept consistent with locales/GLOSSARY.md.

area-ecommerce = Thương mại điện tử
    .description = Được khách tìm thấy trên mạng, bán hàng qua sàn thương mại điện tử và mạng xã hội, nhận đơn hàng, giao hàng.
area-epayments = Thanh toán điện tử
    .description = Nhận tiền và trả tiền bằng hình thức điện tử, hóa đơn điện tử, kiểm tra tiền nhận được có khớp với doanh thu.
area-cloud = Dịch vụ đám mây
    .description = Lưu trữ trực tuyến và email, phần mềm trực tuyến để quản lý kinh doanh, sao lưu, làm việc cùng nhau.
area-connectivity = Internet và thiết bị
    .description = Kết nối Internet ổn định và thiết bị để sử dụng.
area-skills = Kỹ năng số
    .description = Ai trong doanh nghiệp biết dùng công cụ số, và họ học bằng cách nào.
area-security = Bảo mật và bảo vệ dữ liệu
    .description = Mật khẩu, xác minh hai bước, và cẩn thận với dữ liệu cá nhân của khách hàng.
area-strategy = Kế hoạch chuyển đổi số và lãnh đạo
    .description = Mục tiêu, kế hoạch và ngân sách cho chuyển đổi số, và kiểm tra kết quả.

level-1 = Chưa bắt đầu
    .description = Chưa dùng hoặc rất ít dùng công cụ số trong lĩnh vực này.
level-2 = Mới bắt đầu
    .description = Đã có bước đầu: thỉnh thoảng dùng một vài công cụ, phần lớn vẫn làm thủ công.
level-3 = Đang phát triển
    .description = Công cụ số được dùng thường xuyên cho các công việc chính.
level-4 = Tiên tiến
    .description = Các công cụ số được kết nối với nhau và cả nhóm đều sử dụng.
level-5 = Dẫn đầu
    .description = Cách làm việc trên nền tảng số đã hoàn chỉnh, có đo lường và liên tục cải tiến.

sector-retail_wholesale = Bán lẻ và bán buôn
sector-agriculture = Nông nghiệp, trang trại và hợp tác xã
sector-manufacturing = Sản xuất và chế biến
sector-tourism = Du lịch, khách sạn và nhà hàng
sector-logistics = Vận tải và logistics
sector-other_services = Dịch vụ khác

country-VN = Việt Nam
country-LA = Lào

size-micro = Siêu nhỏ
size-small = Nhỏ
size-medium = Vừa
size-large = Lớn

answer-yes = Có
answer-no = Không

effort-low = Ít công sức
effort-medium = Công sức vừa phải
effort-high = Nhiều công sức

cost-free = Miễn phí
    .description = Không tốn tiền, chỉ cần thời gian.
cost-low = Chi phí thấp
    .description = Tối đa khoảng 2 triệu đồng hoặc 1,5 triệu kíp (khoảng 80 đô la Mỹ) mỗi năm.
cost-medium = Chi phí vừa
    .description = Tối đa khoảng 20 triệu đồng hoặc 15 triệu kíp (khoảng 800 đô la Mỹ) mỗi năm.
cost-high = Chi phí cao hơn
    .description = Hơn khoảng 20 triệu đồng hoặc 15 triệu kíp mỗi năm; nên tìm các chương trình hỗ trợ.

horizon-30 = Trong 30 ngày tới
horizon-90 = Trong 90 ngày tới
horizon-365 = Trong 12 tháng tới
