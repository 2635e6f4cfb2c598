(rec { a = 1; b = a * 10; __overrides = { a = 5; }; }).b
