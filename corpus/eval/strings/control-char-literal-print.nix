"abcd"
