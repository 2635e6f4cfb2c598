assert "a\nb${"c"}" == "d"; 1
