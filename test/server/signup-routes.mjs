// Sign-up receiver routes under /test-api/signup/… (owner: sign-up tests).
export const signupRoutes = [];
