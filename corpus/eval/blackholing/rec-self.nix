(rec { a = a; }).a
