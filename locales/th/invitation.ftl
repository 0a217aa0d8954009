# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = คุณคิดอย่างไรกับการเรียน
invitation-page-intro = { $municipality } อยากรู้ว่าคุณคิดอย่างไรกับการเรียนภาษานอร์เวย์และโปรแกรมปรับตัวเบื้องต้น ตอบได้ทางมือถือ แท็บเล็ต หรือคอมพิวเตอร์
invitation-page-anonymous = การตอบเป็นไปตามความสมัครใจและไม่ระบุชื่อ ไม่มีใครเห็นว่าคุณตอบอะไร
invitation-page-steps = สแกนคิวอาร์โค้ดด้วยกล้อง หรือพิมพ์ลิงก์ในเบราว์เซอร์ เลือกภาษาของคุณ คุณฟังคำถามทุกข้อได้
invitation-page-code = ถ้ามีการถามรหัส ให้พิมพ์: { $code }
invitation-page-deadline = กรุณาตอบภายในวันที่ { $close }

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = ช่วยบอกความเห็นเรื่องการเรียน: { $link }

## The e-mail

invitation-email-subject = คุณคิดอย่างไรกับการเรียน ช่วยตอบแบบสำรวจหน่อย
invitation-email-body =
    สวัสดี
    
    { $municipality } อยากรู้ว่าคุณคิดอย่างไรกับการเรียนภาษานอร์เวย์และโปรแกรมปรับตัวเบื้องต้น
    การตอบเป็นไปตามความสมัครใจและไม่ระบุชื่อ ไม่มีใครเห็นว่าคุณตอบอะไร
    
    เปิดลิงก์ในมือถือ แท็บเล็ต หรือคอมพิวเตอร์ เลือกภาษาของคุณ แล้วตอบคำถาม
    คุณฟังคำถามทุกข้อได้
    
    { $link }
    
    ถ้ามีการถามรหัส ให้พิมพ์: { $code }
    กรุณาตอบภายในวันที่ { $close }
    
    ขอบคุณที่ช่วยเหลือ

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = แบบสำรวจในชั้นเรียนออนไลน์ (Teams หรือ Zoom)
invitation-lesson-steps =
    1. วางลิงก์ในแชท: { $link }
    2. ขอให้ผู้เรียนเปิดลิงก์ในมือถือ แท็บเล็ต หรือคอมพิวเตอร์ของตัวเอง ไม่ใช่บนหน้าจอที่คุณแชร์อยู่
    3. ถ้ามีใครถูกถามรหัส ให้พิมพ์รหัสในแชท: { $code }
    4. บอกผู้เรียนว่าแบบสำรวจนี้ไม่ระบุชื่อ และไม่มีใครเห็นคำตอบได้ แม้แต่ครู
    5. หยุดแชร์หน้าจอของคุณระหว่างที่ผู้เรียนตอบ และให้เวลาพวกเขาเท่าที่ต้องการ
    6. ถ้าใครเน็ตหลุด ก็ยังตอบจนเสร็จได้ คำตอบจะถูกส่งเมื่อเน็ตกลับมา

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = อยากลองก่อนไหม ในเวอร์ชันทดลองจะไม่มีอะไรถูกบันทึก: { $demo }
invitation-lesson-demo = ก่อนตอบ: เปิดเวอร์ชันทดลองบนหน้าจอที่คุณแชร์ แล้วดูไปด้วยกัน จะไม่มีอะไรถูกบันทึก: { $demo }
