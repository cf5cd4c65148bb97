b'\N'
