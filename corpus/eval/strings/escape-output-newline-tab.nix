"a\nb\tc\rd"
