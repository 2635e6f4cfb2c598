throw "a\r\nb"
