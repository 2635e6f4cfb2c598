"ÿþ bytes Ã"
