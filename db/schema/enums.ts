import { pgEnum } from "drizzle-orm/pg-core";

export const articleStatuses = ["draft", "in_review", "scheduled", "published", "archived"] as const;
export const articleStatus = pgEnum("article_status", articleStatuses);
export type ArticleStatus = (typeof articleStatuses)[number];

export const userRoles = ["reader", "writer", "editor", "moderator", "admin"] as const;
export const userRole = pgEnum("user_role", userRoles);
export type UserRole = (typeof userRoles)[number];

export const userStatuses = ["active", "deactivated"] as const;
export const userStatus = pgEnum("user_status", userStatuses);
export type UserStatus = (typeof userStatuses)[number];

// How readers may comment on a story: freely, after review, or not at all.
export const commentModes = ["open", "premoderated", "closed"] as const;
export const commentMode = pgEnum("comment_mode", commentModes);
export type CommentMode = (typeof commentModes)[number];

// Where a person lands after signing in, when no page asked them to come back to it.
export const landingPages = ["home", "desk", "moderation", "users"] as const;
export const landingPage = pgEnum("landing_page", landingPages);
export type LandingPage = (typeof landingPages)[number];

// How a person is spoken of and to in messages (يحرّر / تحرّر); null: phrased so it fits anyone.
export const addressForms = ["masculine", "feminine"] as const;
export const addressForm = pgEnum("address_form", addressForms);
export type AddressForm = (typeof addressForms)[number];
