# Demo survey: questions and answer options (Vietnamese / Tiếng Việt).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Hiện nay bạn có đang nghỉ phép khỏi khóa học hoặc chương trình của bạn không?
q-group = Bạn đang tham gia gì?
opt-group-training = Học tiếng Na Uy và kiến thức xã hội
opt-group-introduction = Chương trình giới thiệu
opt-group-both = Cả hai

## Answers used by many questions

answer-yes = Có
answer-no = Không
scale-1 = Hoàn toàn không đồng ý
scale-2 = Hơi không đồng ý
scale-3 = Không đồng ý cũng không phản đối
scale-4 = Hơi đồng ý
scale-5 = Hoàn toàn đồng ý

## Block titles

block-background = Về bạn
block-training = Học tiếng Na Uy
block-introduction = Chương trình giới thiệu
block-wellbeing = Sự thoải mái

## About you

q-age = Bạn bao nhiêu tuổi?
opt-age-18-25 = 18 đến 25 tuổi
opt-age-26-35 = 26 đến 35 tuổi
opt-age-36-45 = 36 đến 45 tuổi
opt-age-46-55 = 46 đến 55 tuổi
opt-age-56-plus = 56 tuổi trở lên
q-time-in-norway = Bạn đã sống ở Na Uy bao lâu rồi?
opt-time-under-1 = Dưới một năm
opt-time-1-2 = Một đến hai năm
opt-time-3-5 = Ba đến năm năm
opt-time-over-5 = Hơn năm năm
q-course-level = Bạn đang học tiếng Na Uy ở trình độ nào?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 hoặc cao hơn
opt-level-unknown = Không biết

## Norwegian language training and social studies

q-motivated = Tôi muốn học tiếng Na Uy.
q-everyday-norwegian = Tôi học tiếng Na Uy mà tôi cần dùng trong cuộc sống hằng ngày.
q-teacher-explains = Giáo viên giải thích để tôi hiểu được.
q-pace = Tốc độ dạy học phù hợp với tôi.
q-social-studies = Môn kiến thức xã hội giúp tôi hiểu về Na Uy.
q-use-outside = Tôi dùng tiếng Na Uy bên ngoài lớp học.
q-practice-hours = Mỗi tuần bạn luyện tiếng Na Uy bao nhiêu giờ ngoài giờ học?
opt-hours-0-1 = Từ không đến một giờ
opt-hours-2-5 = Hai đến năm giờ
opt-hours-6-10 = Sáu đến mười giờ
opt-hours-over-10 = Hơn mười giờ
q-helps-learning = Điều gì giúp bạn nhiều nhất khi học tiếng Na Uy? Bạn có thể chọn nhiều câu trả lời.
opt-help-teacher = Giáo viên
opt-help-classmates = Các bạn cùng lớp
opt-help-apps = Ứng dụng và internet
opt-help-work = Công việc hoặc thực tập
opt-help-media = TV, radio và báo
opt-help-friends = Bạn bè và hàng xóm

## The introduction programme

q-know-goal = Tôi biết mục tiêu của chương trình của tôi là gì.
q-made-plan = Bạn có cùng tham gia lập kế hoạch cho chương trình của bạn không?
q-programme-helps-work = Chương trình giúp tôi có việc làm hoặc được đi học.
q-adviser-help = Tôi nhận được sự giúp đỡ cần thiết từ người cố vấn chương trình của tôi.
q-had-work-practice = Bạn đã đi thực tập làm việc trong chương trình chưa?
q-work-practice-useful = Việc thực tập làm việc có ích cho tôi.
q-after-programme = Bạn muốn làm gì sau chương trình?
opt-after-work = Đi làm
opt-after-education = Đi học
opt-after-both = Vừa đi làm vừa đi học
opt-after-unknown = Chưa biết

## Wellbeing

q-thrive = Tôi thấy vui khi học ở trường của tôi.
q-safe = Tôi cảm thấy an toàn ở trường nơi tôi học.
q-respect = Tôi được đối xử tôn trọng.
q-someone-to-talk = Tôi có người để nói chuyện khi tôi cần.
q-overall-satisfied = Nói chung, tôi hài lòng với việc học mà tôi đang có.
q-anything-else = Bạn còn muốn nói thêm điều gì với chúng tôi không? Bạn có thể bỏ qua câu hỏi này.
