# Demo survey: questions and answer options (Thai / ไทย).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = ตอนนี้คุณกำลังลาพักจากการเรียนหรือโปรแกรมของคุณอยู่หรือไม่
q-group = คุณเข้าร่วมอะไรอยู่
opt-group-training = การเรียนภาษานอร์เวย์และความรู้เรื่องสังคม
opt-group-introduction = โปรแกรมปรับตัวเบื้องต้น
opt-group-both = ทั้งสองอย่าง

## Answers used by many questions

answer-yes = ใช่
answer-no = ไม่ใช่
scale-1 = ไม่เห็นด้วยเลย
scale-2 = ค่อนข้างไม่เห็นด้วย
scale-3 = เฉยๆ
scale-4 = ค่อนข้างเห็นด้วย
scale-5 = เห็นด้วยมาก

## Block titles

block-background = เกี่ยวกับคุณ
block-training = การเรียนภาษานอร์เวย์
block-introduction = โปรแกรมปรับตัวเบื้องต้น
block-wellbeing = ความสุขและความสบายใจ

## About you

q-age = คุณอายุเท่าไร
opt-age-18-25 = 18 ถึง 25 ปี
opt-age-26-35 = 26 ถึง 35 ปี
opt-age-36-45 = 36 ถึง 45 ปี
opt-age-46-55 = 46 ถึง 55 ปี
opt-age-56-plus = 56 ปีขึ้นไป
q-time-in-norway = คุณอยู่ในนอร์เวย์มานานเท่าไรแล้ว
opt-time-under-1 = น้อยกว่าหนึ่งปี
opt-time-1-2 = หนึ่งถึงสองปี
opt-time-3-5 = สามถึงห้าปี
opt-time-over-5 = มากกว่าห้าปี
q-course-level = คุณเรียนภาษานอร์เวย์อยู่ระดับไหน
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 หรือสูงกว่า
opt-level-unknown = ไม่รู้

## Norwegian language training and social studies

q-motivated = ฉันอยากเรียนภาษานอร์เวย์
q-everyday-norwegian = ฉันได้เรียนภาษานอร์เวย์ที่ฉันใช้ในชีวิตประจำวัน
q-teacher-explains = ครูอธิบายให้ฉันเข้าใจได้
q-pace = ความเร็วในการสอนเหมาะกับฉัน
q-social-studies = วิชาความรู้เรื่องสังคมช่วยให้ฉันเข้าใจนอร์เวย์
q-use-outside = ฉันใช้ภาษานอร์เวย์นอกห้องเรียน
q-practice-hours = ในหนึ่งสัปดาห์ คุณฝึกภาษานอร์เวย์นอกเวลาเรียนกี่ชั่วโมง
opt-hours-0-1 = ศูนย์ถึงหนึ่งชั่วโมง
opt-hours-2-5 = สองถึงห้าชั่วโมง
opt-hours-6-10 = หกถึงสิบชั่วโมง
opt-hours-over-10 = มากกว่าสิบชั่วโมง
q-helps-learning = อะไรช่วยคุณได้มากที่สุดเวลาเรียนภาษานอร์เวย์ คุณเลือกได้หลายคำตอบ
opt-help-teacher = ครู
opt-help-classmates = เพื่อนในห้องเรียน
opt-help-apps = แอปและอินเทอร์เน็ต
opt-help-work = งานหรือการฝึกงาน
opt-help-media = ทีวี วิทยุ และหนังสือพิมพ์
opt-help-friends = เพื่อนและเพื่อนบ้าน

## The introduction programme

q-know-goal = ฉันรู้ว่าเป้าหมายของโปรแกรมของฉันคืออะไร
q-made-plan = คุณได้ช่วยทำแผนสำหรับโปรแกรมของคุณหรือไม่
q-programme-helps-work = โปรแกรมนี้ช่วยให้ฉันได้งานหรือได้เรียนต่อ
q-adviser-help = ฉันได้รับความช่วยเหลือที่ต้องการจากที่ปรึกษาโปรแกรมของฉัน
q-had-work-practice = คุณเคยฝึกงานในโปรแกรมนี้หรือไม่
q-work-practice-useful = การฝึกงานมีประโยชน์สำหรับฉัน
q-after-programme = หลังจบโปรแกรม คุณอยากทำอะไร
opt-after-work = ทำงาน
opt-after-education = เรียนต่อ
opt-after-both = ทั้งทำงานและเรียนต่อ
opt-after-unknown = ยังไม่รู้

## Wellbeing

q-thrive = ฉันชอบโรงเรียนที่ฉันเรียนอยู่
q-safe = ฉันรู้สึกปลอดภัยที่โรงเรียนของฉัน
q-respect = ฉันได้รับการปฏิบัติอย่างให้เกียรติ
q-someone-to-talk = ฉันมีคนคุยด้วยเวลาที่ฉันต้องการ
q-overall-satisfied = โดยรวมแล้ว ฉันพอใจกับการเรียนที่ได้รับ
q-anything-else = มีอะไรอีกไหมที่คุณอยากบอกเรา คุณข้ามคำถามนี้ได้
