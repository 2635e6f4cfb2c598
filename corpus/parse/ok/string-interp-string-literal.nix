"pre${"mid"}post"
