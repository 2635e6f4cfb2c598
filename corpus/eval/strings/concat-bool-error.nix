"a" + true
