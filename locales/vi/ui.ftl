# Screen texts of the kiosk (Vietnamese / Tiếng Việt).

## Welcome

welcome-greeting = Chào mừng bạn!
welcome-choose-language = Chọn ngôn ngữ
welcome-instructions = Bấm vào ngôn ngữ của bạn để bắt đầu. Bấm vào loa để nghe nội dung.
welcome-start = Bắt đầu

## Privacy notice

privacy-title = Về cuộc khảo sát
privacy-notice =
    Cuộc khảo sát này là ẩn danh. Chúng tôi không hỏi tên bạn, và không ai có thể thấy bạn trả lời gì.
    Bạn tự quyết định có trả lời hay không. Bạn có thể dừng lại bất cứ lúc nào, và khi đó sẽ không có gì được lưu lại.
    Câu trả lời của bạn được mã hóa và gửi đến Tổng cục Hội nhập và Đa dạng, Integrerings- og mangfoldsdirektoratet (IMDi).
    Chính quyền địa phương (kommune) của bạn chỉ thấy câu trả lời của nhiều người gộp chung, không bao giờ thấy từng câu trả lời riêng.
    Cuộc khảo sát tuân theo § 25 Luật Giới thiệu (introduksjonsloven) và § 41 Luật Hội nhập (integreringsloven).
privacy-accept = Tôi hiểu, tiếp tục

## Moving through the survey

nav-next = Tiếp
nav-back = Quay lại
nav-play = Nghe
nav-stop-sound = Tắt âm thanh
progress = Câu hỏi { $current } trên { $total }
free-text-placeholder = Viết ở đây nếu bạn muốn
free-text-skip = Bỏ qua
choose-one = Chọn một câu trả lời.
choose-many = Chọn một hoặc nhiều câu trả lời.

## Endings

screening-ended = Cảm ơn bạn! Bây giờ bạn không cần trả lời khảo sát này. Hãy báo cho giáo viên.
finish-thanks = Cảm ơn bạn rất nhiều vì đã trả lời!
finish-next = Bây giờ người tiếp theo có thể trả lời.
survey-closed = Cuộc khảo sát hiện đã đóng.
survey-closed-detail = Khảo sát mở từ { $opens } đến { $closes }.

## Idle warning

idle-title = Bạn vẫn còn ở đây chứ?
idle-countdown = Cuộc khảo sát sẽ bắt đầu lại sau { $seconds } giây, và câu trả lời của bạn sẽ bị xóa.
idle-continue = Tôi muốn tiếp tục

## Sound

sound-unavailable = Âm thanh không hoạt động trên máy này.
display-text-size = Chữ to hơn
display-contrast = Màu rõ hơn

## Practice mode

practice-banner = Bản tập thử: không có gì được lưu lại.

## Coordinator mode

coord-title = Điều phối viên
coord-pin-set = Chọn mã PIN cho điều phối viên
coord-pin-enter = Nhập mã PIN
coord-pin-confirm = Lưu mã PIN
coord-unlock = Mở khóa
coord-pack = Gói nội dung
coord-period = Khảo sát mở
coord-pending = Câu trả lời đang chờ gửi
coord-synced = Câu trả lời đã gửi
coord-last-sync = Lần gửi gần nhất
coord-never = Chưa bao giờ
coord-audio = Âm thanh
coord-audio-ok = Hoạt động
coord-audio-missing = Không có thiết bị âm thanh
coord-practice-on = Bắt đầu một lượt tập
coord-practice-off = Hủy lượt tập
coord-enrol = Kết nối với chính quyền địa phương
coord-collector-url = Địa chỉ của dịch vụ thu thập
coord-access-code = Mã truy cập từ chính quyền địa phương
coord-kiosk-name = Tên của ki-ốt này (không bắt buộc, ví dụ Phòng 204)
coord-enrolled = Đã kết nối với { $municipality }
coord-sync = Gửi câu trả lời ngay
coord-sync-progress = Đã gửi { $done } trên { $total }
coord-sync-done = Tất cả câu trả lời đã được gửi.
coord-sync-stop = Dừng gửi
coord-sync-retrying = Dịch vụ thu thập không phản hồi. Đang thử lại (lần thử { $retries }).
coord-sync-stopped = Đã dừng gửi.
coord-sync-sent = Vừa gửi: { $count } câu trả lời.
coord-sync-kept-future-date = Câu trả lời chưa được nhận lúc này: { $count }. Dịch vụ thu thập cho rằng ngày của chúng nằm trong tương lai. Ngày trên máy này: { $kiosk }. Ngày ở dịch vụ thu thập: { $collector }. Chúng được lưu an toàn ở đây và sẽ được gửi lại vào lần sau. Hãy tìm xem ngày nào trong hai ngày bị sai.
coord-sync-kept-outside-period = Câu trả lời chưa được nhận lúc này: { $count }. Ngày của chúng nằm ngoài thời gian khảo sát. Ngày trên máy này: { $kiosk }. Ngày ở dịch vụ thu thập: { $collector }. Chúng được lưu an toàn ở đây và sẽ được gửi lại vào lần sau. Hãy liên hệ với người phụ trách khảo sát.
coord-sync-refused-other = { $count } câu trả lời không được nhận ({ $reason }). Hãy liên hệ với người phụ trách khảo sát.
coord-sync-waiting = Vẫn còn { $count } câu trả lời đang chờ gửi. Chúng được lưu an toàn trên máy này và sẽ được gửi vào lần sau.
coord-sync-new-content = Đã cài nội dung mới (phiên bản { $version }).
coord-exit = Thoát kiosk
coord-close = Đóng
coord-pin-rule = Mã PIN có từ 4 đến 12 chữ số.
coord-pin-again = Nhập lại cùng mã PIN một lần nữa
coord-keypad-erase = Xóa
coord-auto-locked = Màn hình đã bị khóa vì một lúc không có ai dùng.
coord-exit-question = Bạn có muốn đóng ki-ốt không? Sẽ không ai trả lời được cho đến khi nó được mở lại.
coord-exit-yes = Có, đóng
coord-exit-no = Không, quay lại
coord-practice-ready = Người tiếp theo sẽ dùng bản tập. Không có gì được lưu. Sau một lượt, ki-ốt trở lại nhận câu trả lời thật.
coord-sound-test = Thử âm thanh
coord-sound-test-playing = Bây giờ bạn sẽ nghe “Chào mừng!”. Nếu không nghe thấy gì, hãy kiểm tra âm lượng và tai nghe.
coord-sound-test-none = Không tìm thấy thiết bị âm thanh. Hãy cắm tai nghe hoặc loa, rồi mở lại ki-ốt.
coord-voices = Các ngôn ngữ được đọc bằng giọng của ngôn ngữ khác
coord-voices-none = Không có
coord-recorded = Đoạn ghi âm thật (phần còn lại là giọng tổng hợp)
coord-recorded-none = Chưa có: mọi đoạn là giọng tổng hợp
coord-update-offered = Đã có phiên bản { $version } của ki-ốt. Hãy nhờ nhân viên IT cập nhật máy này (apt upgrade). Các câu trả lời đang chờ ở đây được giữ lại.

## Errors shown to people

error-answer-required = Bạn phải trả lời câu hỏi này.
error-invalid-answer = Câu trả lời này không phù hợp với câu hỏi.
error-pin-wrong = Sai mã PIN.
error-pin-throttled = Thử quá nhiều lần. Hãy đợi { $seconds } giây.
error-pin-too-short = Mã PIN phải có ít nhất bốn chữ số.
error-pin-mismatch = Hai mã PIN không giống nhau. Hãy nhập lại.
error-no-network = Không kết nối được với dịch vụ thu thập. Hãy kiểm tra mạng và thử lại.
error-wrong-code = Mã truy cập bị sai.
error-locked-out = Sai quá nhiều lần. Hãy thử lại sau.
error-kiosk-revoked = Kiosk này đã bị ngắt kết nối. Hãy liên hệ với chính quyền địa phương.
error-not-enrolled = Kiosk chưa được kết nối với chính quyền địa phương nào.
error-collector-refused = Dịch vụ thu thập không nhận các câu trả lời.
error-collector-full = Dịch vụ thu thập đã hết chỗ và không lưu được các câu trả lời. Các câu trả lời vẫn được giữ an toàn trên máy này; hãy đồng bộ lại sau.
error-collector-read-only = Dịch vụ thu thập hiện không lưu được gì. Các câu trả lời vẫn được giữ an toàn trên máy này; hãy đồng bộ lại sau.
error-certificate-expired = Chứng chỉ của dịch vụ thu thập đã hết hạn (hoặc đồng hồ của máy này bị sai). Các câu trả lời vẫn được giữ an toàn trên máy này.
error-certificate-wrong-name = Chứng chỉ của dịch vụ thu thập được cấp cho một tên khác với địa chỉ đã đặt cho máy này. Các câu trả lời vẫn được giữ an toàn trên máy này.
error-certificate-untrusted = Máy này không tin cậy chứng chỉ của dịch vụ thu thập. Hãy thêm nơi cấp chứng chỉ vào cài đặt của máy. Các câu trả lời vẫn được giữ an toàn ở đây.
error-pack-invalid = Gói nội dung không hợp lệ và sẽ không được dùng.
error-survey-closed = Cuộc khảo sát hiện không mở.
error-storage = Không lưu được. Không có gì bị mất. Hãy báo cho giáo viên.
error-audio = Không phát được âm thanh.
error-internal = Đã có lỗi xảy ra. Hãy báo cho giáo viên.
error-unsent-other-municipality = Máy này còn câu trả lời chưa được gửi. Hãy gửi chúng trước khi kết nối máy với chính quyền địa phương khác.
error-insecure-collector = Địa chỉ của dịch vụ thu thập phải bắt đầu bằng https://. Câu trả lời chỉ được gửi ở dạng mã hóa.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Nhập mã
web-code-help = Mã có trong tin nhắn bạn nhận được từ chính quyền địa phương, ví dụ 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Mã
web-code-submit = Tiếp tục
web-code-wrong = Mã không đúng. Hãy xem có gõ sai không và thử lại.
web-code-throttled = Thử quá nhiều lần. Hãy đợi { $seconds } giây rồi thử lại.
web-code-throttled-spoken = Thử quá nhiều lần. Hãy đợi một chút rồi thử lại.
web-code-offline = Bạn chưa có mạng. Hãy kết nối mạng để nhập mã.
web-language-not-kept = Ngôn ngữ này chưa được lưu trên thiết bị này, và hiện bạn không có mạng. Hãy chọn một trong các ngôn ngữ dưới đây, hoặc thử lại khi bạn có mạng.
web-page-title = Khảo sát ẩn danh
web-more = Thêm tùy chọn
web-insecure = Trang này không được mở bằng kết nối an toàn (https). Câu trả lời của bạn sẽ không được gửi từ đây. Hãy mở lại đường link bạn đã nhận được.
web-sent = Câu trả lời của bạn đã được gửi. Cảm ơn bạn!
web-waiting = Câu trả lời của bạn đã được mã hóa và lưu trên thiết bị này. Nó sẽ tự được gửi khi bạn có mạng lại. Hãy để trang mở, hoặc mở lại sau.
web-slowed = Lúc này có rất nhiều câu trả lời đến cùng một lúc. Câu trả lời của bạn đã được mã hóa và lưu trên thiết bị này, và sẽ tự được gửi sau vài phút. Hãy để trang mở, hoặc mở lại sau.
web-another = Để người khác trả lời

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Tiếng Việt
nav-done = Xong
nav-stop = Dừng lại
stop-confirm = Bạn muốn dừng lại không? Câu trả lời của bạn sẽ bị xóa. Không có gì được lưu lại.
stop-yes = Có, dừng lại
stop-no = Không, tôi muốn tiếp tục
screening-confirm = Bạn đã trả lời có. Vậy khảo sát kết thúc ở đây cho bạn. Đúng không?
screening-confirm-yes = Đúng vậy
error-nothing-chosen = Bạn chưa chọn gì. Hãy chạm vào một câu trả lời.
error-wrong-step = Màn hình đã thay đổi. Bây giờ bạn ở đây.
listen-all = Nghe tất cả
volume-up = To hơn
volume-down = Nhỏ hơn
sound-playing = Đang phát âm thanh. Chạm để dừng.
idle-spoken = Bạn vẫn còn ở đây không? Nếu bạn không chạm vào màn hình, khảo sát sẽ bắt đầu lại và câu trả lời của bạn sẽ bị xóa.
coord-auto-play-on = Bật đọc to câu hỏi
coord-auto-play-off = Tắt đọc to câu hỏi

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Đây là bản dùng thử. Câu trả lời của bạn không được lưu hay gửi đi.
invite-title = Bạn thấy việc học thế nào?
invite-what = Chúng tôi muốn biết bạn nghĩ gì về việc học tiếng Na Uy và chương trình giới thiệu.
invite-anonymous = Việc trả lời là tự nguyện và ẩn danh. Không ai có thể thấy bạn trả lời gì.
invite-time = Mất khoảng mười phút.
invite-ear = Bạn có thể nghe tất cả. Chạm vào loa để nghe văn bản. Chạm vào câu trả lời để chọn.
invite-help = Bạn cần giúp đỡ? Hãy hỏi giáo viên hoặc người bạn tin tưởng.
invite-start = Bắt đầu khảo sát
