"abc" == "ab" + "c"
