# Screen texts of the kiosk (Thai / ไทย).

## Welcome

welcome-greeting = ยินดีต้อนรับ
welcome-choose-language = เลือกภาษา
welcome-instructions = แตะภาษาของคุณเพื่อเริ่ม แตะรูปลำโพงเพื่อฟังข้อความ
welcome-start = เริ่ม

## Privacy notice

privacy-title = เกี่ยวกับแบบสำรวจ
privacy-notice =
    แบบสำรวจนี้ไม่ระบุชื่อ เราไม่ถามชื่อของคุณ และไม่มีใครเห็นว่าคุณตอบอะไร
    คุณจะตอบหรือไม่ตอบก็ได้ คุณหยุดได้ทุกเมื่อ และถ้าหยุด จะไม่มีอะไรถูกบันทึกไว้
    คำตอบของคุณจะถูกเข้ารหัสและส่งไปที่สำนักงานด้านการบูรณาการและความหลากหลาย Integrerings- og mangfoldsdirektoratet (IMDi)
    เทศบาลของคุณจะเห็นเฉพาะคำตอบของผู้ตอบหลายคนรวมกัน ไม่เห็นคำตอบของใครทีละคน
    แบบสำรวจนี้เป็นไปตาม § 25 ของกฎหมายว่าด้วยโปรแกรมปรับตัวเบื้องต้น (introduksjonsloven) และ § 41 ของกฎหมายว่าด้วยการบูรณาการ (integreringsloven)
privacy-accept = ฉันเข้าใจแล้ว ไปต่อ

## Moving through the survey

nav-next = ถัดไป
nav-back = ย้อนกลับ
nav-play = ฟังข้อความ
nav-stop-sound = หยุดเสียง
progress = คำถามที่ { $current } จาก { $total }
free-text-placeholder = เขียนที่นี่ถ้าคุณต้องการ
free-text-skip = ข้าม
choose-one = เลือกหนึ่งคำตอบ
choose-many = เลือกหนึ่งคำตอบหรือมากกว่า

## Endings

screening-ended = ขอบคุณ ตอนนี้คุณไม่ต้องตอบแบบสำรวจนี้ กรุณาบอกครูของคุณ
finish-thanks = ขอบคุณมากสำหรับคำตอบของคุณ
finish-next = ตอนนี้คนต่อไปตอบได้แล้ว
survey-closed = ตอนนี้แบบสำรวจปิดแล้ว
survey-closed-detail = แบบสำรวจเปิดตั้งแต่ { $opens } ถึง { $closes }

## Idle warning

idle-title = คุณยังอยู่ไหม
idle-countdown = แบบสำรวจจะเริ่มใหม่ในอีก { $seconds } วินาที และคำตอบของคุณจะถูกลบ
idle-continue = ฉันต้องการทำต่อ

## Sound

sound-unavailable = เครื่องนี้เปิดเสียงไม่ได้
display-text-size = ตัวหนังสือใหญ่ขึ้น
display-contrast = สีเข้มขึ้น

## Practice mode

practice-banner = โหมดฝึกซ้อม: จะไม่มีอะไรถูกบันทึก

## Coordinator mode

coord-title = ผู้ประสานงาน
coord-pin-set = ตั้งรหัส PIN สำหรับผู้ประสานงาน
coord-pin-enter = ใส่รหัส PIN
coord-pin-confirm = บันทึกรหัส PIN
coord-unlock = ปลดล็อก
coord-pack = ชุดเนื้อหา
coord-period = ช่วงเวลาที่แบบสำรวจเปิด
coord-pending = คำตอบที่รอส่ง
coord-synced = คำตอบที่ส่งแล้ว
coord-last-sync = ส่งครั้งล่าสุด
coord-never = ไม่เคย
coord-audio = เสียง
coord-audio-ok = ใช้งานได้
coord-audio-missing = ไม่มีอุปกรณ์เสียง
coord-practice-on = เริ่มรอบฝึกหัด
coord-practice-off = ยกเลิกรอบฝึกหัด
coord-enrol = เชื่อมต่อกับเทศบาล
coord-collector-url = ที่อยู่ของบริการรวบรวมคำตอบ
coord-access-code = รหัสเข้าใช้จากเทศบาล
coord-kiosk-name = ชื่อของคีออสก์นี้ (ไม่บังคับ เช่น ห้อง 204)
coord-enrolled = เชื่อมต่อกับ { $municipality } แล้ว
coord-sync = ส่งคำตอบตอนนี้
coord-sync-progress = ส่งแล้ว { $done } จาก { $total }
coord-sync-done = ส่งคำตอบทั้งหมดแล้ว
coord-sync-stop = หยุดการส่ง
coord-sync-retrying = บริการรวบรวมคำตอบไม่ตอบกลับ กำลังลองอีกครั้ง (ครั้งที่ { $retries })
coord-sync-stopped = หยุดการส่งแล้ว
coord-sync-sent = เพิ่งส่งไป { $count } คำตอบ
coord-sync-kept-future-date = มี { $count } คำตอบที่ยังไม่ถูกรับในตอนนี้ บริการรวบรวมข้อมูลแจ้งว่าวันที่ของคำตอบเป็นวันในอนาคต วันที่ในเครื่องนี้: { $kiosk } วันที่ของบริการรวบรวมข้อมูล: { $collector } คำตอบถูกเก็บไว้อย่างปลอดภัยที่นี่และจะถูกส่งอีกครั้งในครั้งถัดไป ตรวจสอบว่าวันที่ใดในสองวันนี้ผิด
coord-sync-kept-outside-period = มี { $count } คำตอบที่ยังไม่ถูกรับในตอนนี้ เพราะวันที่ของคำตอบอยู่นอกช่วงเวลาของแบบสำรวจ วันที่ในเครื่องนี้: { $kiosk } วันที่ของบริการรวบรวมข้อมูล: { $collector } คำตอบถูกเก็บไว้อย่างปลอดภัยที่นี่และจะถูกส่งอีกครั้งในครั้งถัดไป ติดต่อผู้ดำเนินการแบบสำรวจ
coord-sync-refused-other = มี { $count } คำตอบที่ไม่ถูกรับ ({ $reason }) ติดต่อผู้ดำเนินการแบบสำรวจ
coord-sync-waiting = ยังมี { $count } คำตอบที่รอส่งอยู่ คำตอบเหล่านี้ถูกบันทึกไว้อย่างปลอดภัยในเครื่องนี้ และจะถูกส่งในครั้งถัดไป
coord-sync-new-content = ติดตั้งเนื้อหาใหม่แล้ว (เวอร์ชัน { $version })
coord-exit = ออกจากคีออสก์
coord-close = ปิด
coord-pin-rule = รหัส PIN มี 4 ถึง 12 หลัก
coord-pin-again = พิมพ์รหัส PIN เดิมอีกครั้ง
coord-keypad-erase = ลบ
coord-auto-locked = หน้าจอถูกล็อก เพราะไม่มีใครใช้มาระยะหนึ่ง
coord-exit-question = ต้องการปิดคีออสก์ไหม? จะไม่มีใครตอบได้จนกว่าจะเปิดใหม่
coord-exit-yes = ใช่ ปิด
coord-exit-no = ไม่ กลับไป
coord-practice-ready = คนถัดไปจะได้ฉบับฝึกหัด ไม่มีอะไรถูกบันทึก หลังจากหนึ่งรอบ คีออสก์จะกลับไปรับคำตอบจริง
coord-sound-test = ทดสอบเสียง
coord-sound-test-playing = ตอนนี้คุณควรได้ยินคำว่า “ยินดีต้อนรับ!” ถ้าไม่ได้ยินอะไร ให้ตรวจระดับเสียงและหูฟัง
coord-sound-test-none = ไม่พบอุปกรณ์เสียง ต่อหูฟังหรือลำโพง แล้วเปิดคีออสก์ใหม่
coord-voices = ภาษาที่อ่านด้วยเสียงของภาษาอื่น
coord-voices-none = ไม่มี
coord-recorded = คลิปที่บันทึกเสียงจริง (ที่เหลือเป็นเสียงสังเคราะห์)
coord-recorded-none = ยังไม่มี: ทุกคลิปเป็นเสียงสังเคราะห์
coord-update-offered = คีออสก์เวอร์ชัน { $version } พร้อมแล้ว ขอให้ฝ่ายไอทีอัปเดตเครื่องนี้ (apt upgrade) คำตอบที่รออยู่ที่นี่จะถูกเก็บไว้

## Errors shown to people

error-answer-required = คุณต้องตอบคำถามนี้
error-invalid-answer = คำตอบนี้ไม่ตรงกับคำถาม
error-pin-wrong = รหัส PIN ไม่ถูกต้อง
error-pin-throttled = ลองหลายครั้งเกินไป กรุณารอ { $seconds } วินาที
error-pin-too-short = รหัส PIN ต้องมีอย่างน้อยสี่หลัก
error-pin-mismatch = รหัส PIN สองครั้งไม่ตรงกัน พิมพ์ใหม่อีกครั้ง
error-no-network = ติดต่อบริการรวบรวมคำตอบไม่ได้ ตรวจสอบเครือข่ายแล้วลองอีกครั้ง
error-wrong-code = รหัสเข้าใช้ไม่ถูกต้อง
error-locked-out = ใส่ผิดหลายครั้งเกินไป ลองใหม่ภายหลัง
error-kiosk-revoked = คีออสก์นี้ถูกตัดการเชื่อมต่อแล้ว ติดต่อเทศบาล
error-not-enrolled = คีออสก์ยังไม่ได้เชื่อมต่อกับเทศบาล
error-collector-refused = บริการรวบรวมคำตอบไม่รับคำตอบ
error-collector-full = บริการรวบรวมคำตอบมีพื้นที่ไม่พอและบันทึกคำตอบไม่ได้ คำตอบรออยู่อย่างปลอดภัยในเครื่องนี้ โปรดซิงค์อีกครั้งภายหลัง
error-collector-read-only = บริการรวบรวมคำตอบบันทึกอะไรไม่ได้ในตอนนี้ คำตอบรออยู่อย่างปลอดภัยในเครื่องนี้ โปรดซิงค์อีกครั้งภายหลัง
error-certificate-expired = ใบรับรองของบริการรวบรวมคำตอบหมดอายุแล้ว (หรือนาฬิกาของเครื่องนี้ไม่ตรง) คำตอบรออยู่อย่างปลอดภัยในเครื่องนี้
error-certificate-wrong-name = ใบรับรองของบริการรวบรวมคำตอบออกให้ชื่ออื่น ไม่ใช่ที่อยู่ที่ตั้งไว้ในเครื่องนี้ คำตอบรออยู่อย่างปลอดภัยในเครื่องนี้
error-certificate-untrusted = เครื่องนี้ไม่เชื่อถือใบรับรองของบริการรวบรวมคำตอบ โปรดเพิ่มผู้ออกใบรับรองในการตั้งค่าของเครื่อง คำตอบรออยู่ที่นี่อย่างปลอดภัย
error-pack-invalid = ชุดเนื้อหาไม่ถูกต้องและจะไม่ถูกใช้
error-survey-closed = ตอนนี้แบบสำรวจยังไม่เปิด
error-storage = บันทึกไม่ได้ ไม่มีอะไรหายไป กรุณาบอกครูของคุณ
error-audio = เล่นเสียงไม่ได้
error-internal = มีบางอย่างผิดพลาด กรุณาบอกครูของคุณ
error-unsent-other-municipality = เครื่องนี้มีคำตอบที่ยังไม่ได้ส่ง กรุณาส่งคำตอบเหล่านี้ก่อนเชื่อมต่อเครื่องกับเทศบาลอื่น
error-insecure-collector = ที่อยู่ของบริการรวบรวมคำตอบต้องขึ้นต้นด้วย https:// คำตอบจะถูกส่งแบบเข้ารหัสเท่านั้น

## The web survey, on the participant's own phone, tablet or PC

web-code-title = ใส่รหัส
web-code-help = รหัสอยู่ในข้อความที่คุณได้รับจากเทศบาล เช่น 0301-ABCD-EFGH-JKLM-NPQR
web-code-label = รหัส
web-code-submit = ไปต่อ
web-code-wrong = รหัสไม่ถูกต้อง ดูว่าพิมพ์ผิดหรือไม่ แล้วลองอีกครั้ง
web-code-throttled = ลองหลายครั้งเกินไป กรุณารอ { $seconds } วินาที แล้วลองอีกครั้ง
web-code-throttled-spoken = ลองหลายครั้งเกินไป กรุณารอสักครู่ แล้วลองอีกครั้ง
web-code-offline = คุณไม่ได้ต่ออินเทอร์เน็ต กรุณาต่ออินเทอร์เน็ตเพื่อใส่รหัส
web-language-not-kept = ภาษานี้ไม่ได้บันทึกไว้ในอุปกรณ์นี้ และตอนนี้คุณไม่ได้เชื่อมต่ออินเทอร์เน็ต เลือกภาษาใดภาษาหนึ่งด้านล่าง หรือลองอีกครั้งเมื่อเชื่อมต่ออินเทอร์เน็ตแล้ว
web-page-title = แบบสำรวจแบบไม่ระบุชื่อ
web-more = ตัวเลือกเพิ่มเติม
web-insecure = หน้านี้ไม่ได้เปิดผ่านการเชื่อมต่อที่ปลอดภัย (https) คำตอบของคุณจะไม่ถูกส่งจากหน้านี้ กรุณาเปิดลิงก์ที่คุณได้รับอีกครั้ง
web-sent = ส่งคำตอบของคุณแล้ว ขอบคุณ
web-waiting = คำตอบของคุณถูกเข้ารหัสและบันทึกไว้ในเครื่องนี้ และจะถูกส่งเองเมื่อคุณต่ออินเทอร์เน็ตได้อีกครั้ง เปิดหน้านี้ค้างไว้ หรือเปิดใหม่ภายหลังก็ได้
web-slowed = ตอนนี้มีคำตอบส่งเข้ามาพร้อมกันจำนวนมาก คำตอบของคุณถูกเข้ารหัสและบันทึกไว้ในเครื่องนี้ และจะถูกส่งเองภายในไม่กี่นาที เปิดหน้านี้ค้างไว้ หรือเปิดใหม่ภายหลังก็ได้
web-another = ให้คนอื่นตอบ

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = ไทย
nav-done = เสร็จแล้ว
nav-stop = หยุด
stop-confirm = คุณต้องการหยุดไหม คำตอบของคุณจะถูกลบ จะไม่มีการบันทึกอะไรเลย
stop-yes = ใช่ หยุด
stop-no = ไม่ ฉันจะทำต่อ
screening-confirm = คุณตอบว่าใช่ แบบสำรวจจึงจบสำหรับคุณที่นี่ ถูกต้องไหม
screening-confirm-yes = ใช่ ถูกต้อง
error-nothing-chosen = คุณยังไม่ได้เลือกอะไร แตะที่คำตอบ
error-wrong-step = หน้าจอเปลี่ยนแล้ว ตอนนี้คุณอยู่ที่นี่
listen-all = ฟังทั้งหมด
volume-up = เสียงดังขึ้น
volume-down = เสียงเบาลง
sound-playing = กำลังเล่นเสียง แตะเพื่อหยุด
idle-spoken = คุณยังอยู่ไหม ถ้าไม่แตะหน้าจอ แบบสำรวจจะเริ่มใหม่ และคำตอบของคุณจะถูกลบ
coord-auto-play-on = เปิดการอ่านคำถามออกเสียง
coord-auto-play-off = ปิดการอ่านคำถามออกเสียง

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = นี่เป็นเวอร์ชันทดลอง คำตอบของคุณจะไม่ถูกบันทึกหรือส่งไปไหน
invite-title = คุณคิดอย่างไรกับการเรียน
invite-what = เราอยากรู้ว่าคุณคิดอย่างไรกับการเรียนภาษานอร์เวย์และโปรแกรมปรับตัวเบื้องต้น
invite-anonymous = การตอบเป็นไปตามความสมัครใจและไม่ระบุชื่อ ไม่มีใครเห็นว่าคุณตอบอะไร
invite-time = ใช้เวลาประมาณสิบนาที
invite-ear = คุณฟังได้ทุกอย่าง แตะที่รูปลำโพงเพื่อฟังข้อความ แตะที่คำตอบของคุณเพื่อเลือก
invite-help = ต้องการความช่วยเหลือไหม ถามครูของคุณหรือคนที่คุณไว้ใจ
invite-start = เริ่มแบบสำรวจ
