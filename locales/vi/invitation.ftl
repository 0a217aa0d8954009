# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Bạn thấy việc học thế nào?
invitation-page-intro = { $municipality } muốn biết bạn nghĩ gì về việc học tiếng Na Uy và chương trình giới thiệu. Hãy trả lời trên điện thoại, máy tính bảng hoặc máy tính.
invitation-page-anonymous = Việc trả lời là tự nguyện và ẩn danh. Không ai có thể thấy bạn trả lời gì.
invitation-page-steps = Quét mã QR bằng camera, hoặc gõ đường link vào trình duyệt. Chọn ngôn ngữ của bạn. Bạn có thể nghe tất cả các câu hỏi.
invitation-page-code = Nếu được hỏi mã, hãy viết: { $code }
invitation-page-deadline = Hãy trả lời chậm nhất vào ngày { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Hãy cho biết ý kiến về việc học: { $link }

## The e-mail

invitation-email-subject = Bạn thấy việc học thế nào? Hãy trả lời khảo sát
invitation-email-body =
    Xin chào!
    
    { $municipality } muốn biết bạn nghĩ gì về việc học tiếng Na Uy và chương trình giới thiệu.
    Việc trả lời là tự nguyện và ẩn danh. Không ai có thể thấy bạn trả lời gì.
    
    Hãy mở đường link trên điện thoại, máy tính bảng hoặc máy tính, chọn ngôn ngữ của bạn và trả lời các câu hỏi.
    Bạn có thể nghe tất cả các câu hỏi.
    
    { $link }
    
    Nếu được hỏi mã, hãy viết: { $code }
    Hãy trả lời chậm nhất vào ngày { $close }.
    
    Cảm ơn bạn đã giúp đỡ!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Khảo sát trong giờ học trực tuyến (Teams hoặc Zoom)
invitation-lesson-steps =
    1. Dán đường link vào khung chat: { $link }
    2. Đề nghị học viên mở đường link trên điện thoại, máy tính bảng hoặc máy tính của chính họ, không phải trên màn hình bạn đang chia sẻ.
    3. Nếu ai đó được hỏi mã, hãy viết mã vào khung chat: { $code }
    4. Nói cho học viên biết khảo sát là ẩn danh, và không ai, kể cả giáo viên, có thể thấy câu trả lời.
    5. Tắt chia sẻ màn hình của bạn trong lúc học viên trả lời, và cho họ đủ thời gian họ cần.
    6. Ai bị mất mạng vẫn có thể trả lời xong: câu trả lời sẽ được gửi khi có mạng lại.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Bạn muốn thử trước? Bản dùng thử không lưu gì cả: { $demo }
invitation-lesson-demo = Trước khi trả lời: mở bản dùng thử trên màn hình bạn chia sẻ và cùng nhau xem qua. Không có gì được lưu: { $demo }
