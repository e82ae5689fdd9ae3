import React from "react";
import { Text, hubspot } from "@hubspot/ui-extensions";
import { Badge } from "./Badge";

hubspot.extend(() => <Text>Deal insights, edited <Badge /></Text>);
