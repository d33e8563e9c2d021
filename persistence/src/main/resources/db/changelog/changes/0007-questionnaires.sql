--liquibase formatted sql

--changeset loop:0007-questionnaires
--comment: The versioned profile questionnaire. Sections and items are one JSON document per
--comment: version (read and written whole); a published version has a unique number and never
--comment: changes. revision guards drafts against lost updates.
create table questionnaire (
    id             uuid primary key,
    version_number integer check (version_number >= 1),
    status         text not null check (status in ('DRAFT', 'PUBLISHED')),
    title          text not null check (length(title) between 1 and 200),
    introduction   text not null default '' check (length(introduction) <= 4000),
    language       text not null check (language ~ '^[a-z]{2}$'),
    content        jsonb not null check (jsonb_typeof(content -> 'sections') = 'array'),
    created_at     timestamptz not null,
    published_at   timestamptz,
    revision       bigint not null default 0,
    check ((status = 'PUBLISHED') = (version_number is not null)),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create unique index questionnaire_version_unique on questionnaire (version_number) where status = 'PUBLISHED';
-- The list walks drafts first (newest first), then versions from the highest down.
create index questionnaire_order on questionnaire ((coalesce(version_number, 2147483647)) desc, created_at desc, id);
--rollback drop table questionnaire;

--changeset loop:0007-questionnaire-v1 splitStatements:false
--comment: Version 1, written for teachers at every career stage in European schools.
insert into questionnaire (id, version_number, status, title, introduction, language, content, created_at,
                           published_at, revision)
values ('7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f4a51', 1, 'PUBLISHED', 'LOOP participant profile questionnaire',
        $intro$This questionnaire helps you build your LOOP profile: how you see teaching and learning, your experience, how you communicate, create and solve problems, what motivates you and where you would like support. It is for every stage of a teaching career, from student teachers to colleagues with many years in the profession. Answer as you are now, not as you think you should be: there are no right or wrong answers. It takes about 15 minutes. The sections on your cultural background and your motivation are optional and kept only with your consent.$intro$,
        'en',
        $json${
 "sections": [
  {
   "dimension": "CULTURAL_BACKGROUND",
   "title": "Your languages and cultural background",
   "description": "Optional and never scored. It helps us suggest mentors, colleagues and resources that fit your context. This is sensitive information: it is kept only with your explicit consent and is private unless you choose to share it.",
   "items": [
    {
     "key": "cb-home-languages",
     "kind": "FREE_TEXT",
     "text": "Which languages do you speak at home or with your family?",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "maxLength": 300,
     "helpText": "For example: Portuguese and Cape Verdean Creole."
    },
    {
     "key": "cb-languages-in-daily-life",
     "kind": "SINGLE_CHOICE",
     "text": "How many languages do you use in your everyday life, at home and at work?",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "options": [
      {
       "value": "one",
       "label": "One"
      },
      {
       "value": "two",
       "label": "Two"
      },
      {
       "value": "three-or-more",
       "label": "Three or more"
      }
     ]
    },
    {
     "key": "cb-experience-abroad",
     "kind": "MULTIPLE_CHOICE",
     "text": "Have you studied, trained or worked in a country other than the one you teach in now? Choose all that apply.",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "options": [
      {
       "value": "studied-abroad",
       "label": "I studied abroad (for example an Erasmus+ exchange)"
      },
      {
       "value": "trained-abroad",
       "label": "I took part in training or job shadowing abroad"
      },
      {
       "value": "taught-abroad",
       "label": "I have taught in another country"
      },
      {
       "value": "grew-up-elsewhere",
       "label": "I grew up in another country"
      },
      {
       "value": "not-yet",
       "label": "Not yet"
      }
     ]
    },
    {
     "key": "cb-multilingual-classroom",
     "kind": "SINGLE_CHOICE",
     "text": "Roughly how many of your learners have a home language other than the language of instruction?",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "options": [
      {
       "value": "none",
       "label": "None"
      },
      {
       "value": "a-few",
       "label": "A few"
      },
      {
       "value": "about-half",
       "label": "About half"
      },
      {
       "value": "most",
       "label": "Most of them"
      },
      {
       "value": "not-sure",
       "label": "I am not sure"
      }
     ]
    },
    {
     "key": "cb-background-in-teaching",
     "kind": "FREE_TEXT",
     "text": "Is there anything about your cultural background that shapes how you teach, and that you would like a mentor to know?",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "maxLength": 1000
    }
   ]
  },
  {
   "dimension": "PEDAGOGICAL_CONCEPTIONS",
   "title": "How you see teaching and learning",
   "description": "There are no right or wrong answers. Tell us how far you agree with each statement, thinking of your own teaching as it is now.",
   "items": [
    {
     "key": "pc-learner-agency",
     "kind": "LIKERT",
     "text": "Learners learn best when they have a say in what and how they learn.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "pc-transmission",
     "kind": "LIKERT",
     "text": "Teaching is mainly about passing on knowledge that learners then reproduce.",
     "required": true,
     "scored": true,
     "reverseScored": true
    },
    {
     "key": "pc-mistakes-as-information",
     "kind": "LIKERT",
     "text": "I treat learners' mistakes as useful information for the next step in their learning.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "pc-differentiation",
     "kind": "LIKERT",
     "text": "I plan lessons so that learners with different needs can all make progress.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "pc-fixed-ability",
     "kind": "LIKERT",
     "text": "Some learners simply do not have the ability to do well in my subject.",
     "required": true,
     "scored": true,
     "reverseScored": true
    },
    {
     "key": "pc-good-lesson",
     "kind": "FREE_TEXT",
     "text": "In a sentence or two: what does a good lesson look like to you?",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "maxLength": 1000
    }
   ]
  },
  {
   "dimension": "EXPERIENCE",
   "title": "Your experience",
   "description": "Every stage of a teaching career counts, from your first placement as a student teacher to many years in the profession.",
   "items": [
    {
     "key": "ex-years-in-profession",
     "kind": "SINGLE_CHOICE",
     "text": "How long have you been teaching, counting from your first post after initial teacher education?",
     "required": true,
     "scored": true,
     "reverseScored": false,
     "options": [
      {
       "value": "student-teacher",
       "label": "I am still in initial teacher education",
       "points": 0
      },
      {
       "value": "under-1-year",
       "label": "Less than a year (induction year)",
       "points": 1
      },
      {
       "value": "1-to-5-years",
       "label": "1 to 5 years",
       "points": 2
      },
      {
       "value": "6-to-15-years",
       "label": "6 to 15 years",
       "points": 3
      },
      {
       "value": "over-15-years",
       "label": "More than 15 years",
       "points": 4
      }
     ]
    },
    {
     "key": "ex-schools",
     "kind": "SINGLE_CHOICE",
     "text": "In how many schools have you taught, including placements during your studies?",
     "required": true,
     "scored": true,
     "reverseScored": false,
     "options": [
      {
       "value": "one",
       "label": "One",
       "points": 0
      },
      {
       "value": "two-or-three",
       "label": "Two or three",
       "points": 1
      },
      {
       "value": "four-to-six",
       "label": "Four to six",
       "points": 2
      },
      {
       "value": "seven-or-more",
       "label": "Seven or more",
       "points": 3
      }
     ]
    },
    {
     "key": "ex-roles",
     "kind": "MULTIPLE_CHOICE",
     "text": "Which of these roles have you held? Choose all that apply.",
     "required": true,
     "scored": true,
     "reverseScored": false,
     "options": [
      {
       "value": "form-tutor",
       "label": "Form tutor or class teacher",
       "points": 1
      },
      {
       "value": "coordinator",
       "label": "Subject, year or project coordinator",
       "points": 2
      },
      {
       "value": "mentor",
       "label": "Mentor of student teachers or new colleagues",
       "points": 2
      },
      {
       "value": "school-leadership",
       "label": "Member of a school leadership team",
       "points": 2
      },
      {
       "value": "teacher-educator",
       "label": "Teacher educator or trainer",
       "points": 2
      },
      {
       "value": "none-yet",
       "label": "None of these yet",
       "points": 0
      }
     ],
     "helpText": "A role held for at least one school year counts."
    },
    {
     "key": "ex-diverse-learners",
     "kind": "LIKERT",
     "text": "I have taught learners of very different ages, abilities and backgrounds.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "ex-unexpected-situations",
     "kind": "LIKERT",
     "text": "When something unexpected happens in class, I can usually draw on a similar situation I have handled before.",
     "required": true,
     "scored": true,
     "reverseScored": false
    }
   ]
  },
  {
   "dimension": "COMMUNICATION_SKILLS",
   "title": "Communication",
   "description": "How you communicate with learners, colleagues and families.",
   "items": [
    {
     "key": "cs-listening",
     "kind": "LIKERT",
     "text": "I listen to learners' views and let them finish before I respond.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "cs-explaining",
     "kind": "LIKERT",
     "text": "I can explain a difficult idea in several different ways until learners understand it.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "cs-families",
     "kind": "LIKERT",
     "text": "I find it easy to talk with parents and carers, including about difficult matters.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "cs-feedback-to-colleagues",
     "kind": "LIKERT",
     "text": "I can give a colleague constructive feedback on their teaching when they ask for it.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "cs-avoiding-issues",
     "kind": "LIKERT",
     "text": "I avoid raising problems with colleagues, even when I think something should change.",
     "required": true,
     "scored": true,
     "reverseScored": true
    }
   ]
  },
  {
   "dimension": "CREATIVITY",
   "title": "Creativity",
   "description": "How you bring new ideas into your teaching.",
   "items": [
    {
     "key": "cr-new-approaches",
     "kind": "LIKERT",
     "text": "I regularly try out new approaches in my teaching.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "cr-own-materials",
     "kind": "LIKERT",
     "text": "I adapt or create my own materials rather than only following the textbook.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "cr-learner-ideas",
     "kind": "LIKERT",
     "text": "I build on unexpected ideas from learners, even when it changes my lesson plan.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "cr-same-every-year",
     "kind": "LIKERT",
     "text": "I prefer to teach a topic the same way every year because it has worked before.",
     "required": true,
     "scored": true,
     "reverseScored": true
    },
    {
     "key": "cr-connecting-subjects",
     "kind": "SINGLE_CHOICE",
     "text": "How often do you plan activities that connect your subject with other subjects or with life outside school?",
     "required": true,
     "scored": true,
     "reverseScored": false,
     "options": [
      {
       "value": "never",
       "label": "Never",
       "points": 0
      },
      {
       "value": "once-or-twice-a-year",
       "label": "Once or twice a year",
       "points": 1
      },
      {
       "value": "every-term",
       "label": "Every term",
       "points": 2
      },
      {
       "value": "every-month",
       "label": "Every month",
       "points": 3
      },
      {
       "value": "every-week",
       "label": "Every week",
       "points": 4
      }
     ]
    }
   ]
  },
  {
   "dimension": "PROFESSIONAL_KNOWLEDGE",
   "title": "Knowledge about the teaching profession",
   "description": "What you know about your subject, the curriculum, assessment and the profession itself.",
   "items": [
    {
     "key": "pk-subject-depth",
     "kind": "LIKERT",
     "text": "I know my subject well enough to answer learners' questions that go beyond the curriculum.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "pk-curriculum",
     "kind": "LIKERT",
     "text": "I understand the curriculum I teach and how my lessons contribute to its goals.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "pk-assessment",
     "kind": "LIKERT",
     "text": "I know how to use assessment to find out what learners need next, not only to give marks.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "pk-research",
     "kind": "LIKERT",
     "text": "I keep up to date with research and evidence about teaching and learning.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "pk-rights-and-duties",
     "kind": "LIKERT",
     "text": "I know my professional rights and duties, and where to turn for support in my school system.",
     "required": true,
     "scored": true,
     "reverseScored": false
    }
   ]
  },
  {
   "dimension": "PROBLEM_SOLVING",
   "title": "Problem solving",
   "description": "How you deal with the difficulties that every teacher meets.",
   "items": [
    {
     "key": "ps-analysing",
     "kind": "LIKERT",
     "text": "When a lesson does not go as planned, I work out why before deciding what to change.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "ps-asking-colleagues",
     "kind": "LIKERT",
     "text": "When I face a problem I cannot solve alone, I ask colleagues for ideas.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "ps-re-engaging",
     "kind": "LIKERT",
     "text": "I can usually find a way to re-engage a learner who has stopped taking part.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "ps-not-knowing-where-to-start",
     "kind": "LIKERT",
     "text": "When I face a difficult situation at school, I often do not know where to start.",
     "required": true,
     "scored": true,
     "reverseScored": true
    },
    {
     "key": "ps-missing-homework",
     "kind": "SINGLE_CHOICE",
     "text": "A learner who used to do well has stopped handing in homework. What would you most likely do first?",
     "required": true,
     "scored": true,
     "reverseScored": false,
     "options": [
      {
       "value": "lower-the-grade",
       "label": "Record the missing work and lower the grade",
       "points": 0
      },
      {
       "value": "remind-the-class",
       "label": "Remind the whole class of the homework rules",
       "points": 1
      },
      {
       "value": "contact-the-family",
       "label": "Contact the learner's parents or carers straight away",
       "points": 2
      },
      {
       "value": "ask-colleagues",
       "label": "Ask colleagues who teach the learner whether they have noticed a change",
       "points": 3
      },
      {
       "value": "talk-with-the-learner",
       "label": "Talk with the learner privately to understand what has changed",
       "points": 4
      }
     ]
    }
   ]
  },
  {
   "dimension": "MOTIVATION",
   "title": "Motivation",
   "description": "Optional. How you feel about your work. This is sensitive information: it is kept only with your explicit consent and is private unless you choose to share it.",
   "items": [
    {
     "key": "mo-enjoyment",
     "kind": "LIKERT",
     "text": "I enjoy my work as a teacher on most days.",
     "required": false,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "mo-staying",
     "kind": "LIKERT",
     "text": "I see myself still working in education in five years' time.",
     "required": false,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "mo-growing",
     "kind": "LIKERT",
     "text": "I want to keep developing as a teacher throughout my career.",
     "required": false,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "mo-exhaustion",
     "kind": "LIKERT",
     "text": "I often feel too exhausted to put energy into my teaching.",
     "required": false,
     "scored": true,
     "reverseScored": true
    },
    {
     "key": "mo-what-matters-most",
     "kind": "SINGLE_CHOICE",
     "text": "What matters most to you about being a teacher?",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "options": [
      {
       "value": "learners-growth",
       "label": "Seeing learners grow and succeed"
      },
      {
       "value": "subject",
       "label": "Sharing my passion for my subject"
      },
      {
       "value": "community",
       "label": "Being part of a school community"
      },
      {
       "value": "social-contribution",
       "label": "Contributing to society"
      },
      {
       "value": "stability",
       "label": "The stability of the job"
      }
     ]
    }
   ]
  },
  {
   "dimension": "TRAINING_NEEDS",
   "title": "Your training needs",
   "description": "In this section a high score means a strong wish for support, not a weakness: it tells us where training, resources and mentoring will help you most.",
   "items": [
    {
     "key": "tn-classroom-management",
     "kind": "LIKERT",
     "text": "I would like more support in managing the classroom and learners' behaviour.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "tn-inclusion",
     "kind": "LIKERT",
     "text": "I would like more support in teaching learners with special educational needs or a different home language.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "tn-digital",
     "kind": "LIKERT",
     "text": "I would like more support in using digital tools for teaching and learning.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "tn-assessment",
     "kind": "LIKERT",
     "text": "I would like more support in assessing learning and giving useful feedback.",
     "required": true,
     "scored": true,
     "reverseScored": false
    },
    {
     "key": "tn-well-prepared",
     "kind": "LIKERT",
     "text": "I feel well prepared for the challenges of my current job.",
     "required": true,
     "scored": true,
     "reverseScored": true
    },
    {
     "key": "tn-development-areas",
     "kind": "MULTIPLE_CHOICE",
     "text": "Which areas would you most like to develop in the coming year? Choose up to five.",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "options": [
      {
       "value": "classroom-management",
       "label": "Classroom management"
      },
      {
       "value": "assessment-for-learning",
       "label": "Assessment for learning"
      },
      {
       "value": "inclusion-and-diversity",
       "label": "Inclusion and diversity"
      },
      {
       "value": "digital-pedagogy",
       "label": "Digital pedagogy"
      },
      {
       "value": "subject-didactics",
       "label": "Teaching my subject (subject didactics)"
      },
      {
       "value": "communication-with-parents",
       "label": "Communication with parents and carers"
      },
      {
       "value": "collaboration-and-peer-learning",
       "label": "Collaboration and peer learning with colleagues"
      },
      {
       "value": "wellbeing-and-resilience",
       "label": "Wellbeing and resilience"
      },
      {
       "value": "research-informed-teaching",
       "label": "Research-informed teaching"
      },
      {
       "value": "school-development",
       "label": "School development and innovation"
      },
      {
       "value": "mentoring-skills",
       "label": "Mentoring other teachers"
      }
     ],
     "maxSelections": 5
    },
    {
     "key": "tn-anything-else",
     "kind": "FREE_TEXT",
     "text": "Is there anything else you would like to learn, or a situation you would like help with?",
     "required": false,
     "scored": false,
     "reverseScored": false,
     "maxLength": 1000
    }
   ]
  }
 ]
}
$json$::jsonb,
        '2026-01-15T09:00:00Z', '2026-01-15T09:00:00Z', 0);
--rollback delete from questionnaire where id = '7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f4a51';
