import React from "react";
import { Tag } from "@hubspot/ui-extensions";

export const Badge = () => <Tag>new</Tag>;
