/**
 * Lowercase technical and workplace terms that general dictionaries lack but resumes use, so the
 * spelling check never flags them. Written for this project; extend it when a real term is flagged.
 */
export const TECHNICAL_TERMS: ReadonlySet<string> = new Set(
  `admin analytics api apis app apps async autoscaling backend backends backlog backtesting
  bootcamp browser coursera udemy linkedin jira figma chatbot chatbots checkout cli codebase codebases config configs containerized
  containerization cron crowdsourcing css cybersecurity dashboard dashboards dataset datasets
  datastore dedupe deduplication deliverables dev devops devsecops docker dockerized ecommerce
  email emails endpoint endpoints enum failover fintech firmware frontend frontends fullstack
  github gitlab golang hackathon hackathons healthtech hotfix hotfixes html http https hyperparameter
  hyperparameters incl infra insurtech javascript json kanban kotlin kpi kpis kubernetes lambda
  linux localization login logins macos mentee mentees metadata micro microservice microservices
  middleware mlops monorepo multithreaded mysql namespace namespaces nginx nosql npm offline
  onboarded onboarding online opensource orchestrator pandas paralegal postgres postgresql
  prepaid proptech pytorch quantization react realtime recommender redis refactor refactored
  refactoring regtech repo repos reusable roadmap roadmaps runbook runbooks runtime saas scalability
  scalable scikit scrum serverless sharding sprint sprints sql stakeholder stakeholders startup
  startups subnet subnets tensorflow terraform timeline toolchain toolchains typescript ui
  upskilled upskilling uptime usability ux vendor vendors walkthrough webhook webhooks webinar
  webinars website websites whitepaper whitepapers wireframe wireframes wireframing workflow
  workflows workstream workstreams yaml`.split(/\s+/),
);
