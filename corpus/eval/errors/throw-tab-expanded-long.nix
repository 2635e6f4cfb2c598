throw "abcdefghij\tk"
