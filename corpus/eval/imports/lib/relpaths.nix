{ p = ./rel; q = ../up; }
