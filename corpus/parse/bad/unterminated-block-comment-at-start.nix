/* abc
1
