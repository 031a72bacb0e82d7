# access code sheets (PDF slips with QR codes, CSV)
